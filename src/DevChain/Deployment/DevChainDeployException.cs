namespace Livepeer.DevChain.Deployment;

/// <summary>A deployment step failed: the chain could not be reached, refused a transaction, or answered nonsense.</summary>
public sealed class DevChainDeployException(string message, Exception? innerException = null) : Exception(message, innerException);
