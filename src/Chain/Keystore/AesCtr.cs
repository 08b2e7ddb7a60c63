using System.Security.Cryptography;

namespace Livepeer.Chain.Keystore;

/// <summary>AES-CTR with a 128-bit big-endian counter starting at the IV (as Go's cipher.NewCTR); encrypting and decrypting are the same.</summary>
internal static class AesCtr
{
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input)
    {
        if (iv.Length != 16)
        {
            throw new KeystoreException($"the aes-128-ctr iv must be 16 bytes, got {iv.Length}");
        }
        int blocks = (input.Length + 15) / 16;
        var counters = new byte[blocks * 16];
        Span<byte> counter = stackalloc byte[16];
        iv.CopyTo(counter);
        for (int b = 0; b < blocks; b++)
        {
            counter.CopyTo(counters.AsSpan(b * 16));
            for (int i = 15; i >= 0; i--)
            {
                if (++counter[i] != 0)
                {
                    break;
                }
            }
        }
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        var keystream = aes.EncryptEcb(counters, PaddingMode.None);
        var output = new byte[input.Length];
        for (int i = 0; i < input.Length; i++)
        {
            output[i] = (byte)(input[i] ^ keystream[i]);
        }
        CryptographicOperations.ZeroMemory(keystream);
        return output;
    }
}
