namespace Livepeer.TestSupport.Ganache;

/// <summary>ganache did not come up; <see cref="PortTaken"/> says whether another attempt on another port may help.</summary>
public sealed class GanacheStartException(string message, bool portTaken, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool PortTaken { get; } = portTaken;
}
