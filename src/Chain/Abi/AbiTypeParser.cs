using System.Globalization;

namespace Livepeer.Chain.Abi;

/// <summary>
/// Recursive-descent parser for ABI type strings and human-readable signatures
/// ("name(type [indexed] [paramName], ...)"). Whitespace between tokens is allowed.
/// </summary>
internal sealed class AbiTypeParser
{
    private readonly string _text;
    private int _pos;

    private AbiTypeParser(string text)
    {
        _text = text;
    }

    public static AbiType ParseType(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new AbiTypeParser(text);
        parser.SkipSpace();
        var type = parser.Type();
        parser.SkipSpace();
        parser.ExpectEnd();
        return type;
    }

    /// <summary>Parses a parenthesized parameter list "(T1,T2)" (empty allowed) into its types.</summary>
    public static IReadOnlyList<AbiType> ParseTypeList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new AbiTypeParser(text);
        parser.SkipSpace();
        var parameters = parser.ParameterList(allowIndexed: false);
        parser.SkipSpace();
        parser.ExpectEnd();
        return [.. parameters.Select(p => p.Type)];
    }

    /// <summary>Parses a parameter list "(T1 [name1], T2 [name2])"; empty allowed.</summary>
    public static IReadOnlyList<AbiParameter> ParseParameterList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new AbiTypeParser(text);
        parser.SkipSpace();
        var parameters = parser.ParameterList(allowIndexed: false);
        parser.SkipSpace();
        parser.ExpectEnd();
        return parameters;
    }

    /// <summary>Parses "name(params)"; parameter names and (for events) "indexed" are optional.</summary>
    public static (string Name, IReadOnlyList<AbiParameter> Parameters) ParseSignature(string text, bool allowIndexed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new AbiTypeParser(text);
        parser.SkipSpace();
        int start = parser._pos;
        var name = parser.Identifier() ?? throw parser.Error(start, "a signature starts with a name");
        parser.SkipSpace();
        var parameters = parser.ParameterList(allowIndexed);
        parser.SkipSpace();
        parser.ExpectEnd();
        return (name, parameters);
    }

    private List<AbiParameter> ParameterList(bool allowIndexed)
    {
        Expect('(');
        var list = new List<AbiParameter>();
        SkipSpace();
        if (TryTake(')'))
        {
            return list;
        }
        while (true)
        {
            SkipSpace();
            var type = Type();
            bool indexed = false;
            string? name = null;
            SkipSpace();
            int wordStart = _pos;
            var word = Identifier();
            if (word == "indexed")
            {
                if (!allowIndexed)
                {
                    throw Error(wordStart, "'indexed' is only allowed in event parameters");
                }
                indexed = true;
                SkipSpace();
                word = Identifier();
            }
            name = word;
            list.Add(new AbiParameter(type, name, indexed));
            SkipSpace();
            if (TryTake(')'))
            {
                return list;
            }
            ExpectComma();
        }
    }

    private AbiType Type()
    {
        int start = _pos;
        AbiType type;
        if (Peek() == '(')
        {
            type = Tuple(start);
        }
        else
        {
            var word = Identifier() ?? throw Error(start, "expected a type");
            if (word == "tuple" && Peek() == '(')
            {
                type = Tuple(start);
            }
            else
            {
                type = Elementary(word, start);
            }
        }
        while (true)
        {
            int beforeSpace = _pos;
            SkipSpace();
            if (Peek() != '[')
            {
                _pos = beforeSpace;
                break;
            }
            int bracket = _pos;
            _pos++;
            int digitsStart = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
            var digits = _text[digitsStart.._pos];
            Expect(']');
            if (digits.Length == 0)
            {
                type = new AbiArrayType(type);
            }
            else
            {
                var element = type;
                int length = Number(digits, bracket, "array length");
                type = Build(() => new AbiFixedArrayType(element, length), bracket);
            }
        }
        return type;
    }

    private AbiTupleType Tuple(int start)
    {
        Expect('(');
        var components = new List<AbiType>();
        SkipSpace();
        if (Peek() == ')')
        {
            throw Error(start, "a tuple needs at least one component");
        }
        while (true)
        {
            SkipSpace();
            components.Add(Type());
            SkipSpace();
            Identifier(); // a component name, as in "(uint256 deposit, uint256 withdrawRound)"
            SkipSpace();
            if (TryTake(')'))
            {
                return (AbiTupleType)Build(() => new AbiTupleType(components), start);
            }
            ExpectComma();
        }
    }

    private AbiType Elementary(string word, int start)
    {
        switch (word)
        {
            case "address":
                return AbiType.Address;
            case "bool":
                return AbiType.Bool;
            case "string":
                return AbiType.String;
            case "bytes":
                return AbiType.Bytes;
            case "uint":
                return AbiType.UInt256;
            case "int":
                return AbiType.Int256;
            case "byte":
                return new AbiFixedBytesType(1);
        }
        if (word.StartsWith("uint", StringComparison.Ordinal) && IsDigits(word[4..]))
        {
            int bits = Number(word[4..], start, "bit size");
            return Build(() => new AbiIntegerType(bits, signed: false), start);
        }
        if (word.StartsWith("int", StringComparison.Ordinal) && IsDigits(word[3..]))
        {
            int bits = Number(word[3..], start, "bit size");
            return Build(() => new AbiIntegerType(bits, signed: true), start);
        }
        if (word.StartsWith("bytes", StringComparison.Ordinal) && IsDigits(word[5..]))
        {
            int size = Number(word[5..], start, "size");
            return Build(() => new AbiFixedBytesType(size), start);
        }
        if (word.StartsWith("fixed", StringComparison.Ordinal) || word.StartsWith("ufixed", StringComparison.Ordinal))
        {
            throw Error(start, $"fixed-point type '{word}' is not supported");
        }
        throw Error(start, $"unknown type '{word}'");
    }

    /// <summary>Runs a type constructor, giving its range error the parse position.</summary>
    private AbiType Build(Func<AbiType> construct, int at)
    {
        try
        {
            return construct();
        }
        catch (AbiException e)
        {
            throw Error(at, e.Message);
        }
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private int Number(string digits, int at, string what)
    {
        if (digits.Length > 1 && digits[0] == '0')
        {
            throw Error(at, $"{what} '{digits}' has a leading zero");
        }
        if (digits.Length > 9 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw Error(at, $"{what} '{digits}' is too large");
        }
        return value;
    }

    private string? Identifier()
    {
        int start = _pos;
        if (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '_' || _text[_pos] == '$'))
        {
            _pos++;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_' || _text[_pos] == '$'))
            {
                _pos++;
            }
            return _text[start.._pos];
        }
        return null;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private bool TryTake(char c)
    {
        if (Peek() == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        if (!TryTake(c))
        {
            throw Error(_pos, _pos < _text.Length ? $"expected '{c}' but found '{_text[_pos]}'" : $"expected '{c}' but the text ended");
        }
    }

    private void ExpectComma()
    {
        if (!TryTake(','))
        {
            throw Error(_pos, _pos < _text.Length ? $"expected ',' or ')' but found '{_text[_pos]}'" : "expected ',' or ')' but the text ended");
        }
    }

    private void ExpectEnd()
    {
        if (_pos != _text.Length)
        {
            throw Error(_pos, $"unexpected '{_text[_pos]}'");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private AbiException Error(int at, string message) => new($"bad ABI type or signature '{_text}' at position {at}: {message}");
}
