using Livepeer.Chain.Abi;

namespace Livepeer.Chain.Tests.Abi;

public sealed class AbiTypeParserTests
{
    [Theory]
    [InlineData("uint", "uint256")]
    [InlineData("int", "int256")]
    [InlineData("byte", "bytes1")]
    [InlineData("uint8", "uint8")]
    [InlineData("bytes32", "bytes32")]
    [InlineData("address[]", "address[]")]
    [InlineData("uint256[2][]", "uint256[2][]")]
    [InlineData("tuple(address,uint)", "(address,uint256)")]
    [InlineData("( address , bytes ) []", "(address,bytes)[]")]
    [InlineData("(address,address,uint256,uint256,uint256,bytes32,bytes)", "(address,address,uint256,uint256,uint256,bytes32,bytes)")]
    [InlineData("((uint256 deposit,uint256 withdrawRound) sender,(uint256,string)[3])", "((uint256,uint256),(uint256,string)[3])")]
    public void Parses_to_the_canonical_name(string text, string canonical)
    {
        Assert.Equal(canonical, AbiType.Parse(text).CanonicalName);
    }

    [Fact]
    public void Knows_which_types_are_dynamic_and_their_head_sizes()
    {
        Assert.False(AbiType.Parse("(uint256,address)[3]").IsDynamic);
        Assert.Equal(6 * 32, AbiType.Parse("(uint256,address)[3]").StaticSize);
        Assert.True(AbiType.Parse("(uint256,bytes)").IsDynamic);
        Assert.True(AbiType.Parse("string[2]").IsDynamic);
        Assert.Equal(32, AbiType.Parse("string[2]").HeadSize);
        Assert.True(AbiType.Parse("uint8[]").IsDynamic);
    }

    [Theory]
    [InlineData("uint7", "bit size must be a multiple of 8")]
    [InlineData("uint264", "bit size must be a multiple of 8")]
    [InlineData("int0", "bit size must be a multiple of 8")]
    [InlineData("uint08", "leading zero")]
    [InlineData("bytes33", "size must be 1 to 32")]
    [InlineData("bytes0", "size must be 1 to 32")]
    [InlineData("uint256[0]", "fixed array length must be 1")]
    [InlineData("uint256[01]", "leading zero")]
    [InlineData("fixed128x18", "fixed-point type")]
    [InlineData("strin", "unknown type 'strin'")]
    [InlineData("()", "at least one component")]
    [InlineData("(uint256", "expected ',' or ')' but the text ended")]
    [InlineData("uint256]", "unexpected ']'")]
    [InlineData("", "expected a type")]
    [InlineData("uint256[99999999999]", "too large")]
    public void Refuses_bad_types_with_a_reason(string text, string reason)
    {
        var error = Assert.Throws<AbiException>(() => AbiType.Parse(text));
        Assert.Contains(reason, error.Message);
        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void Parses_event_signatures_with_names_and_indexed()
    {
        var e = AbiEvent.Parse("Bond(address indexed newDelegate, address indexed oldDelegate, address indexed delegator, uint256 additionalAmount, uint256 bondedAmount)");
        Assert.Equal("Bond(address,address,address,uint256,uint256)", e.Signature);
        Assert.Equal(3, e.IndexedCount);
        Assert.Equal("delegator", e.Parameters[2].Name);
        Assert.True(e.Parameters[2].Indexed);
        Assert.False(e.Parameters[3].Indexed);
    }

    [Fact]
    public void Refuses_indexed_in_functions_and_four_indexed_event_parameters()
    {
        Assert.Contains("'indexed' is only allowed in event parameters",
            Assert.Throws<AbiException>(() => AbiFunction.Parse("f(address indexed a)")).Message);
        Assert.Contains("at most 3 parameters can be indexed",
            Assert.Throws<AbiException>(() => AbiEvent.Parse("E(uint8 indexed a, uint8 indexed b, uint8 indexed c, uint8 indexed d)")).Message);
    }

    [Fact]
    public void Types_compare_by_canonical_name()
    {
        Assert.Equal(AbiType.Parse("uint"), AbiType.UInt256);
        Assert.True(AbiType.Parse("tuple(uint256,bytes)") == AbiType.Parse("(uint256 a, bytes b)"));
        Assert.NotEqual(AbiType.Parse("uint128"), AbiType.UInt256);
    }
}
