namespace Livepeer.TestSupport.Azurite;

/// <summary>Azurite did not come up; <see cref="PortTaken"/> says whether another attempt on other ports may help.</summary>
public sealed class AzuriteStartException(string message, bool portTaken, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>True when Azurite reported a port already in use.</summary>
    public bool PortTaken { get; } = portTaken;
}
