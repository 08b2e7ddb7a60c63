using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The orchestrator endpoints' TLS certificate: self-signed ECDSA P-256, made on first start and kept in
/// the data directory (PKCS#12 for the server, PEM for clients that want to pin it). Gateways do not
/// verify it (go-livepeer skips verification), so being self-signed costs nothing.
/// </summary>
public static class WireCertificate
{
    public const string PfxFileName = "orchestrator-tls.pfx";
    public const string PemFileName = "orchestrator-tls.pem";

    /// <summary>The certificate in <paramref name="directory"/>, created there for <paramref name="host"/> when missing.</summary>
    public static X509Certificate2 LoadOrCreate(string directory, string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(host);
        Directory.CreateDirectory(directory);
        var pfx = Path.Combine(directory, PfxFileName);
        if (!File.Exists(pfx))
        {
            var bytes = Create(host).Export(X509ContentType.Pkcs12);
            // Written to a temporary name first: a crash mid-write must not leave a truncated certificate.
            var temporary = pfx + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, pfx, overwrite: true);
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(pfx, password: null);
        File.WriteAllText(Path.Combine(directory, PemFileName), certificate.ExportCertificatePem());
        return certificate;
    }

    private static X509Certificate2 Create(string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=livepeer-orchestrator", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        if (IPAddress.TryParse(host, out var ip))
        {
            if (!ip.Equals(IPAddress.Loopback))
            {
                names.AddIpAddress(ip);
            }
        }
        else if (host.Length > 0 && host != "localhost")
        {
            names.AddDnsName(host);
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
    }
}
