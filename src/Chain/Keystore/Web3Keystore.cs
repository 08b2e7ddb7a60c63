using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Keystore;

/// <summary>
/// Web3 Secret Storage v3 key files as geth writes them: scrypt or pbkdf2 → derived key; AES-128-CTR
/// of the private key under derivedKey[0..16]; mac = keccak256(derivedKey[16..32] ‖ ciphertext).
/// The password is used as its UTF-8 bytes, as geth does (ethers NFKC-normalizes first, which only
/// differs for non-ASCII passwords).
/// </summary>
public static class Web3Keystore
{
    private const int DerivedKeyLength = 32;

    /// <summary>Encrypts a 32-byte private key into keystore JSON (geth's field layout). Defaults to <see cref="KeystoreScryptOptions.Standard"/>.</summary>
    public static string Encrypt(ReadOnlySpan<byte> privateKey, string password, KeystoreScryptOptions? scrypt = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!Secp256k1.IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("not a valid secp256k1 private key", nameof(privateKey));
        }
        scrypt ??= KeystoreScryptOptions.Standard;
        scrypt.EnsureValid();
        var address = EthAddress.FromPublicKey(Secp256k1.PublicKeyOf(privateKey));
        var salt = RandomNumberGenerator.GetBytes(32);
        var iv = RandomNumberGenerator.GetBytes(16);
        var derived = Scrypt.DeriveKey(Encoding.UTF8.GetBytes(password), salt, scrypt.N, scrypt.R, scrypt.P, DerivedKeyLength);
        try
        {
            var ciphertext = AesCtr.Transform(derived.AsSpan(0, 16), iv, privateKey);
            var mac = Mac(derived, ciphertext);

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("address", address.ToLowerHex()[2..]);
                json.WriteStartObject("crypto");
                json.WriteString("cipher", "aes-128-ctr");
                json.WriteString("ciphertext", Convert.ToHexStringLower(ciphertext));
                json.WriteStartObject("cipherparams");
                json.WriteString("iv", Convert.ToHexStringLower(iv));
                json.WriteEndObject();
                json.WriteString("kdf", "scrypt");
                json.WriteStartObject("kdfparams");
                json.WriteNumber("dklen", DerivedKeyLength);
                json.WriteNumber("n", scrypt.N);
                json.WriteNumber("p", scrypt.P);
                json.WriteNumber("r", scrypt.R);
                json.WriteString("salt", Convert.ToHexStringLower(salt));
                json.WriteEndObject();
                json.WriteString("mac", Convert.ToHexStringLower(mac));
                json.WriteEndObject();
                json.WriteString("id", Guid.NewGuid().ToString("D"));
                json.WriteNumber("version", 3);
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    /// <summary>Opens keystore JSON and returns the key.</summary>
    public static EthKey Decrypt(string json, string password)
    {
        var privateKey = DecryptPrivateKey(json, password);
        try
        {
            return new EthKey(privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Opens keystore JSON and returns the raw 32-byte private key (the caller should zero it when done).</summary>
    public static byte[] DecryptPrivateKey(string json, string password)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(password);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new KeystoreException($"keystore is not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KeystoreException("keystore must be a JSON object");
            }
            var version = Integer(root, "version", "version");
            if (version != 3)
            {
                throw new KeystoreException($"keystore version {version} is not supported (only version 3)");
            }
            // geth writes "crypto"; ethers and some older wallets write "Crypto".
            var crypto = Member(root, "crypto", required: false) ?? Member(root, "Crypto", required: false)
                ?? throw new KeystoreException("keystore has no 'crypto' object");
            if (crypto.ValueKind != JsonValueKind.Object)
            {
                throw new KeystoreException("keystore 'crypto' must be an object");
            }
            var cipher = Text(crypto, "cipher", "crypto.cipher");
            if (cipher != "aes-128-ctr")
            {
                throw new KeystoreException($"keystore cipher '{cipher}' is not supported (only aes-128-ctr)");
            }
            var ciphertext = Hex(crypto, "ciphertext", "crypto.ciphertext");
            var cipherParams = Object(crypto, "cipherparams", "crypto.cipherparams");
            var iv = Hex(cipherParams, "iv", "crypto.cipherparams.iv");
            if (iv.Length != 16)
            {
                throw new KeystoreException($"keystore crypto.cipherparams.iv must be 16 bytes, got {iv.Length}");
            }
            var mac = Hex(crypto, "mac", "crypto.mac");
            if (mac.Length != 32)
            {
                throw new KeystoreException($"keystore crypto.mac must be 32 bytes, got {mac.Length}");
            }

            var derived = DeriveKey(crypto, password);
            try
            {
                if (!CryptographicOperations.FixedTimeEquals(Mac(derived, ciphertext), mac))
                {
                    throw new KeystoreException(KeystoreException.WrongPassword);
                }
                var privateKey = AesCtr.Transform(derived.AsSpan(0, 16), iv, ciphertext);
                if (!Secp256k1.IsValidPrivateKey(privateKey))
                {
                    CryptographicOperations.ZeroMemory(privateKey);
                    throw new KeystoreException($"keystore decrypts to {ciphertext.Length} bytes that are not a valid secp256k1 private key");
                }
                CheckAddress(root, privateKey);
                return privateKey;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(derived);
            }
        }
    }

    private static byte[] DeriveKey(JsonElement crypto, string password)
    {
        var kdf = Text(crypto, "kdf", "crypto.kdf");
        var kdfParams = Object(crypto, "kdfparams", "crypto.kdfparams");
        var salt = Hex(kdfParams, "salt", "crypto.kdfparams.salt");
        var dkLen = Integer(kdfParams, "dklen", "crypto.kdfparams.dklen");
        if (dkLen < DerivedKeyLength || dkLen > 1024)
        {
            throw new KeystoreException($"keystore crypto.kdfparams.dklen must be 32 to 1024, got {dkLen}");
        }
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        switch (kdf)
        {
            case "scrypt":
                long n = Integer(kdfParams, "n", "crypto.kdfparams.n");
                long r = Integer(kdfParams, "r", "crypto.kdfparams.r");
                long p = Integer(kdfParams, "p", "crypto.kdfparams.p");
                if (KeystoreScryptOptions.Check(n, r, p) is { } error)
                {
                    throw new KeystoreException($"keystore {error}");
                }
                return Scrypt.DeriveKey(passwordBytes, salt, (int)n, (int)r, (int)p, (int)dkLen);
            case "pbkdf2":
                var prf = Text(kdfParams, "prf", "crypto.kdfparams.prf");
                var algorithm = prf switch
                {
                    "hmac-sha256" => HashAlgorithmName.SHA256,
                    "hmac-sha512" => HashAlgorithmName.SHA512,
                    _ => throw new KeystoreException($"keystore pbkdf2 prf '{prf}' is not supported (hmac-sha256 or hmac-sha512)"),
                };
                var c = Integer(kdfParams, "c", "crypto.kdfparams.c");
                if (c < 1 || c > int.MaxValue)
                {
                    throw new KeystoreException($"keystore crypto.kdfparams.c must be a positive iteration count, got {c}");
                }
                return Rfc2898DeriveBytes.Pbkdf2(passwordBytes, salt, (int)c, algorithm, (int)dkLen);
            default:
                throw new KeystoreException($"keystore kdf '{kdf}' is not supported (scrypt or pbkdf2)");
        }
    }

    private static void CheckAddress(JsonElement root, byte[] privateKey)
    {
        // The address is optional (the spec vectors have none); when present it must be the key's.
        var recorded = Member(root, "address", required: false);
        if (recorded is null)
        {
            return;
        }
        if (recorded is not { ValueKind: JsonValueKind.String } text)
        {
            throw new KeystoreException($"keystore address must be a string, got {recorded.Value.GetRawText()}");
        }
        var actual = EthAddress.FromPublicKey(Secp256k1.PublicKeyOf(privateKey));
        if (!EthAddress.TryParse(text.GetString()!.ToLowerInvariant(), out var expected, out var error))
        {
            throw new KeystoreException($"keystore address is malformed: {error}");
        }
        if (expected != actual)
        {
            throw new KeystoreException($"keystore address {expected} does not match the address of the key it holds ({actual})");
        }
    }

    private static byte[] Mac(ReadOnlySpan<byte> derived, ReadOnlySpan<byte> ciphertext)
    {
        var hasher = new Keccak256Hasher();
        hasher.Append(derived.Slice(16, 16));
        hasher.Append(ciphertext);
        var mac = new byte[32];
        hasher.Finish(mac);
        return mac;
    }

    private static JsonElement? Member(JsonElement parent, string name, bool required)
    {
        if (parent.TryGetProperty(name, out var value))
        {
            return value;
        }
        return required ? throw new KeystoreException($"keystore has no '{name}'") : null;
    }

    private static JsonElement Object(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new KeystoreException($"keystore is missing {path}");
        }
        return value.ValueKind == JsonValueKind.Object ? value : throw new KeystoreException($"keystore {path} must be an object");
    }

    private static string Text(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new KeystoreException($"keystore is missing {path}");
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new KeystoreException($"keystore {path} must be a string");
    }

    private static long Integer(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new KeystoreException($"keystore is missing {path}");
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number)
            ? number
            : throw new KeystoreException($"keystore {path} must be an integer, got {value.GetRawText()}");
    }

    private static byte[] Hex(JsonElement parent, string name, string path)
    {
        var text = Text(parent, name, path);
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        try
        {
            var bytes = Convert.FromHexString(hex);
            return bytes.Length > 0 ? bytes : throw new KeystoreException($"keystore {path} is empty");
        }
        catch (FormatException)
        {
            throw new KeystoreException($"keystore {path} is not hex: '{text}'");
        }
    }
}
