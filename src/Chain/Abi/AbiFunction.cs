namespace Livepeer.Chain.Abi;

/// <summary>
/// A contract function: its signature and selector, calldata encoding (selector ‖ args) and
/// decoding of calldata and return data.
/// </summary>
public sealed class AbiFunction
{
    private readonly AbiType[] _inputTypes;
    private readonly AbiType[] _outputTypes;

    public AbiFunction(string name, IEnumerable<AbiParameter> inputs, IEnumerable<AbiParameter> outputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        Name = name;
        Inputs = [.. inputs];
        Outputs = [.. outputs];
        if (Inputs.Any(p => p.Indexed) || Outputs.Any(p => p.Indexed))
        {
            throw new AbiException($"function {name}: 'indexed' is only for event parameters");
        }
        _inputTypes = [.. Inputs.Select(p => p.Type)];
        _outputTypes = [.. Outputs.Select(p => p.Type)];
        Signature = name + "(" + string.Join(",", _inputTypes.Select(t => t.CanonicalName)) + ")";
        Selector = FunctionSelector.FromSignature(Signature);
    }

    public string Name { get; }

    public IReadOnlyList<AbiParameter> Inputs { get; }

    public IReadOnlyList<AbiParameter> Outputs { get; }

    public IReadOnlyList<AbiType> InputTypes => _inputTypes;

    public IReadOnlyList<AbiType> OutputTypes => _outputTypes;

    /// <summary>The canonical signature, e.g. "redeemWinningTicket((address,...,bytes),bytes,uint256)".</summary>
    public string Signature { get; }

    public FunctionSelector Selector { get; }

    /// <summary>
    /// Parses "name(T1 [n1], ...)" and the return list "(R1 [n1], ...)", e.g.
    /// Parse("getSenderInfo(address)", "((uint256,uint256),(uint256,uint256))").
    /// </summary>
    public static AbiFunction Parse(string signature, string returns = "()")
    {
        var (name, inputs) = AbiTypeParser.ParseSignature(signature, allowIndexed: false);
        return new AbiFunction(name, inputs, AbiTypeParser.ParseParameterList(returns));
    }

    /// <summary>selector ‖ abi(args): the data field of a call or transaction.</summary>
    public byte[] EncodeCall(params AbiValue[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != _inputTypes.Length)
        {
            throw new AbiException($"{Signature} takes {_inputTypes.Length} arguments, got {arguments.Length}");
        }
        int size;
        try
        {
            size = AbiEncoder.ParametersSize(_inputTypes, arguments);
        }
        catch (AbiException e)
        {
            throw new AbiException($"{Signature}: {e.Message}", e);
        }
        var calldata = new byte[FunctionSelector.Length + size];
        Selector.CopyTo(calldata);
        AbiEncoder.WriteParameters(_inputTypes, arguments, calldata.AsSpan(FunctionSelector.Length));
        return calldata;
    }

    /// <summary>The arguments of calldata for this function; the selector must match.</summary>
    public IReadOnlyList<AbiValue> DecodeCall(ReadOnlySpan<byte> calldata)
    {
        if (!FunctionSelector.TryRead(calldata, out var selector))
        {
            throw new AbiException($"{Signature}: calldata of {calldata.Length} bytes has no 4-byte selector");
        }
        if (selector != Selector)
        {
            throw new AbiException($"{Signature}: calldata selector {selector} is not {Selector}");
        }
        try
        {
            return AbiDecoder.DecodeParameters(_inputTypes, calldata[FunctionSelector.Length..]);
        }
        catch (AbiException e)
        {
            throw new AbiException($"{Signature} arguments: {e.Message}", e);
        }
    }

    /// <summary>Decodes the data an eth_call of this function returned.</summary>
    public IReadOnlyList<AbiValue> DecodeOutput(ReadOnlySpan<byte> returnData)
    {
        if (returnData.IsEmpty && _outputTypes.Length > 0)
        {
            throw new AbiException($"{Signature} returned no data (is the address a contract, and the right one?)");
        }
        try
        {
            return AbiDecoder.DecodeParameters(_outputTypes, returnData);
        }
        catch (AbiException e)
        {
            throw new AbiException($"{Signature} return data: {e.Message}", e);
        }
    }

    /// <summary>The single return value of a function with exactly one output.</summary>
    public AbiValue DecodeSingleOutput(ReadOnlySpan<byte> returnData)
    {
        if (_outputTypes.Length != 1)
        {
            throw new AbiException($"{Signature} has {_outputTypes.Length} outputs, not one");
        }
        return DecodeOutput(returnData)[0];
    }

    /// <summary>Return data as the contract would produce it (for test doubles).</summary>
    public byte[] EncodeOutput(params AbiValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _outputTypes.Length)
        {
            throw new AbiException($"{Signature} returns {_outputTypes.Length} values, got {values.Length}");
        }
        try
        {
            return AbiEncoder.EncodeParameters(_outputTypes, values);
        }
        catch (AbiException e)
        {
            throw new AbiException($"{Signature} return values: {e.Message}", e);
        }
    }

    public override string ToString() => Signature;
}
