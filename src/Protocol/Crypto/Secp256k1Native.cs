using System.Reflection;
using System.Runtime.InteropServices;

namespace Livepeer.Protocol.Crypto;

/// <summary>
/// Bindings to the system libsecp256k1 (Debian libsecp256k1-1, built with the recovery module),
/// the library go-ethereum itself signs and recovers with.
/// </summary>
internal static unsafe partial class Secp256k1Native
{
    private const string Library = "secp256k1";

    // SECP256K1_FLAGS_TYPE_CONTEXT | BIT_CONTEXT_SIGN | BIT_CONTEXT_VERIFY; accepted by every version.
    public const uint ContextSignVerify = (1u << 0) | (1u << 9) | (1u << 8);
    public const uint EcUncompressed = 1u << 1;

    // An explicit static constructor runs before the first native call. Only the runtime package
    // (libsecp256k1.so.1) is guaranteed; the unversioned .so comes with -dev.
    static Secp256k1Native() => NativeLibrary.SetDllImportResolver(typeof(Secp256k1Native).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != Library)
        {
            return IntPtr.Zero;
        }
        foreach (var candidate in new[] { "libsecp256k1.so.1", "libsecp256k1.so.2", "libsecp256k1.so", "libsecp256k1.dylib", "secp256k1" })
        {
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle))
            {
                return handle;
            }
        }
        throw new DllNotFoundException(
            "libsecp256k1 was not found; install the Debian package libsecp256k1-1 (./run.sh and ./test.sh do this).");
    }

    [LibraryImport(Library, EntryPoint = "secp256k1_context_create")]
    public static partial IntPtr ContextCreate(uint flags);

    [LibraryImport(Library, EntryPoint = "secp256k1_context_randomize")]
    public static partial int ContextRandomize(IntPtr ctx, byte* seed32);

    [LibraryImport(Library, EntryPoint = "secp256k1_ec_seckey_verify")]
    public static partial int SeckeyVerify(IntPtr ctx, byte* seckey32);

    [LibraryImport(Library, EntryPoint = "secp256k1_ec_pubkey_create")]
    public static partial int PubkeyCreate(IntPtr ctx, byte* pubkey64, byte* seckey32);

    [LibraryImport(Library, EntryPoint = "secp256k1_ec_pubkey_serialize")]
    public static partial int PubkeySerialize(IntPtr ctx, byte* output, nuint* outputLength, byte* pubkey64, uint flags);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_sign_recoverable")]
    public static partial int SignRecoverable(IntPtr ctx, byte* sig65, byte* msg32, byte* seckey32, IntPtr nonceFunction, IntPtr nonceData);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_recoverable_signature_serialize_compact")]
    public static partial int RecoverableSerializeCompact(IntPtr ctx, byte* output64, int* recid, byte* sig65);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_recoverable_signature_parse_compact")]
    public static partial int RecoverableParseCompact(IntPtr ctx, byte* sig65, byte* input64, int recid);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_recover")]
    public static partial int Recover(IntPtr ctx, byte* pubkey64, byte* sig65, byte* msg32);
}
