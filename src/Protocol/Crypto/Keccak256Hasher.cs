using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Livepeer.Protocol.Crypto;

/// <summary>Incremental Keccak-256 on the stack; append pieces, then <see cref="Finish"/> once.</summary>
public ref struct Keccak256Hasher
{
    private StateBuffer _state;
    private BlockBuffer _pending;
    private int _pendingLength;

    [InlineArray(25)]
    private struct StateBuffer
    {
        private ulong _element0;
    }

    [InlineArray(136)]
    private struct BlockBuffer
    {
        private byte _element0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<byte> data)
    {
        Span<ulong> state = _state;
        Span<byte> pending = _pending;
        int rate = Keccak256.RateBytes;
        if (_pendingLength > 0)
        {
            int take = Math.Min(rate - _pendingLength, data.Length);
            data[..take].CopyTo(pending[_pendingLength..]);
            _pendingLength += take;
            data = data[take..];
            if (_pendingLength < rate)
            {
                return;
            }
            Keccak256.AbsorbBlock(state, pending);
            _pendingLength = 0;
        }
        while (data.Length >= rate)
        {
            Keccak256.AbsorbBlock(state, data[..rate]);
            data = data[rate..];
        }
        data.CopyTo(pending);
        _pendingLength = data.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Finish(Span<byte> output)
    {
        if (output.Length < Keccak256.HashSize)
        {
            throw new ArgumentException("output must hold 32 bytes", nameof(output));
        }
        Span<ulong> state = _state;
        Span<byte> pending = _pending;
        int rate = Keccak256.RateBytes;
        pending[_pendingLength..].Clear();
        pending[_pendingLength] ^= 0x01;
        pending[rate - 1] ^= 0x80;
        Keccak256.AbsorbBlock(state, pending);
        for (int i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.Slice(i * 8, 8), state[i]);
        }
        _pendingLength = 0;
    }
}
