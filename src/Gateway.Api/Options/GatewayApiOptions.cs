namespace Livepeer.Gateway.Api.Options;

/// <summary>The HTTP front door (section <c>GatewayApi</c>).</summary>
public sealed class GatewayApiOptions
{
    public const string SectionName = "GatewayApi";

    /// <summary>Address Kestrel listens on; loopback by default so nothing is exposed by accident.</summary>
    public string Url { get; set; } = "http://127.0.0.1:9935";
}
