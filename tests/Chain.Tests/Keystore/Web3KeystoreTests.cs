using System.Text.Json.Nodes;
using Livepeer.Chain.Keystore;
using Livepeer.Chain.Tests.Support;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Tests.Keystore;

public sealed class Web3KeystoreTests
{
    private const string SpecPassword = "testpassword";
    private const string SpecPrivateKey = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

    // The test vectors of the Web3 Secret Storage Definition (ethereum wiki / ethereum.org).
    private const string SpecPbkdf2 = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "6087dab2f9fdbbfaddc31a909735c1e6" },
            "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
            "kdf": "pbkdf2",
            "kdfparams": {
              "c": 262144,
              "dklen": 32,
              "prf": "hmac-sha256",
              "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"
            },
            "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    private const string SpecScrypt = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "83dbcc02d8ccb40e466191a123791e0e" },
            "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
            "kdf": "scrypt",
            "kdfparams": {
              "dklen": 32,
              "n": 262144,
              "p": 8,
              "r": 1,
              "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"
            },
            "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    private static readonly byte[] TestKey = Hex.Bytes("4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d");

    [Fact]
    public void Opens_the_spec_pbkdf2_vector()
    {
        Assert.Equal(SpecPrivateKey, Hex.Of(Web3Keystore.DecryptPrivateKey(SpecPbkdf2, SpecPassword)));
    }

    [Fact]
    public void Opens_the_spec_scrypt_vector()
    {
        Assert.Equal(SpecPrivateKey, Hex.Of(Web3Keystore.DecryptPrivateKey(SpecScrypt, SpecPassword)));
    }

    [Fact]
    public void The_spec_vectors_hold_the_spec_address()
    {
        var withAddress = JsonNode.Parse(SpecPbkdf2)!;
        withAddress["address"] = "008aeeda4d805471df9b2a5b0f38a0c3bcba786b";
        var key = Web3Keystore.Decrypt(withAddress.ToJsonString(), SpecPassword);
        Assert.Equal("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b", key.Address.ToLowerHex());
    }

    [Fact]
    public void Wrong_password_gives_gethʼs_error()
    {
        var error = Assert.Throws<KeystoreException>(() => Web3Keystore.DecryptPrivateKey(SpecPbkdf2, "testpassword!"));
        Assert.Equal("could not decrypt key with given password", error.Message);
    }

    [Fact]
    public void Writes_a_geth_shaped_file_that_opens_again()
    {
        var json = Web3Keystore.Encrypt(TestKey, "correct horse", KeystoreScryptOptions.Light);
        var file = JsonNode.Parse(json)!;
        Assert.Equal(3, (int)file["version"]!);
        Assert.Equal("90f8bf6a479f320ead074411a4b0e7944ea8c9c1", (string)file["address"]!);
        Assert.Equal("aes-128-ctr", (string)file["crypto"]!["cipher"]!);
        Assert.Equal("scrypt", (string)file["crypto"]!["kdf"]!);
        Assert.Equal(4096, (int)file["crypto"]!["kdfparams"]!["n"]!);
        Assert.Equal(32, (int)file["crypto"]!["kdfparams"]!["dklen"]!);
        Assert.Equal(64, ((string)file["crypto"]!["kdfparams"]!["salt"]!).Length);
        Assert.True(Guid.TryParse((string)file["id"]!, out _));

        Assert.Equal(TestKey, Web3Keystore.DecryptPrivateKey(json, "correct horse"));
        Assert.Equal(EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1"), Web3Keystore.Decrypt(json, "correct horse").Address);
        Assert.Equal(KeystoreException.WrongPassword,
            Assert.Throws<KeystoreException>(() => Web3Keystore.Decrypt(json, "correct horse ")).Message);
    }

    [Fact]
    public void Two_files_of_one_key_differ_in_salt_iv_and_id()
    {
        var a = JsonNode.Parse(Web3Keystore.Encrypt(TestKey, "pw", KeystoreScryptOptions.Light))!;
        var b = JsonNode.Parse(Web3Keystore.Encrypt(TestKey, "pw", KeystoreScryptOptions.Light))!;
        Assert.NotEqual((string)a["crypto"]!["kdfparams"]!["salt"]!, (string)b["crypto"]!["kdfparams"]!["salt"]!);
        Assert.NotEqual((string)a["crypto"]!["cipherparams"]!["iv"]!, (string)b["crypto"]!["cipherparams"]!["iv"]!);
        Assert.NotEqual((string)a["id"]!, (string)b["id"]!);
    }

    [Fact]
    public void Accepts_the_capitalised_Crypto_that_ethers_writes()
    {
        var file = JsonNode.Parse(SpecPbkdf2)!.AsObject();
        var crypto = file["crypto"]!;
        file.Remove("crypto");
        file["Crypto"] = crypto;
        Assert.Equal(SpecPrivateKey, Hex.Of(Web3Keystore.DecryptPrivateKey(file.ToJsonString(), SpecPassword)));
    }

    public static TheoryData<string, Action<JsonObject>, string> Malformations => new()
    {
        { "not JSON", _ => { }, "keystore is not valid JSON" },
        { "version 1", f => f["version"] = 1, "keystore version 1 is not supported" },
        { "no version", f => f.Remove("version"), "keystore is missing version" },
        { "no crypto", f => f.Remove("crypto"), "keystore has no 'crypto' object" },
        { "cbc cipher", f => f["crypto"]!["cipher"] = "aes-128-cbc", "cipher 'aes-128-cbc' is not supported" },
        { "argon2", f => f["crypto"]!["kdf"] = "argon2id", "kdf 'argon2id' is not supported" },
        { "short iv", f => f["crypto"]!["cipherparams"]!["iv"] = "6087dab2", "iv must be 16 bytes, got 4" },
        { "bad hex", f => f["crypto"]!["ciphertext"] = "zz", "crypto.ciphertext is not hex" },
        { "short mac", f => f["crypto"]!["mac"] = "517e", "crypto.mac must be 32 bytes" },
        { "no salt", f => f["crypto"]!["kdfparams"]!.AsObject().Remove("salt"), "keystore is missing crypto.kdfparams.salt" },
        { "dklen 16", f => f["crypto"]!["kdfparams"]!["dklen"] = 16, "dklen must be 32 to 1024, got 16" },
        { "sha1 prf", f => f["crypto"]!["kdfparams"]!["prf"] = "hmac-sha1", "prf 'hmac-sha1' is not supported" },
        { "string c", f => f["crypto"]!["kdfparams"]!["c"] = "262144", "crypto.kdfparams.c must be an integer" },
        { "numeric address", f => f["address"] = 5, "keystore address must be a string, got 5" },
        { "wrong address", f => f["address"] = "0000000000000000000000000000000000000001", "does not match the address of the key" },
    };

    [Theory]
    [MemberData(nameof(Malformations))]
    public void Malformed_files_are_refused_with_the_reason(string name, Action<JsonObject> damage, string reason)
    {
        string json;
        if (name == "not JSON")
        {
            json = "{ \"version\": 3, ";
        }
        else
        {
            var file = JsonNode.Parse(SpecPbkdf2)!.AsObject();
            damage(file);
            json = file.ToJsonString();
        }
        var error = Assert.Throws<KeystoreException>(() => Web3Keystore.DecryptPrivateKey(json, SpecPassword));
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData(1000, 8, 1, "scrypt n must be a power of two above 1, got 1000")]
    [InlineData(1, 8, 1, "scrypt n must be a power of two above 1, got 1")]
    [InlineData(1 << 22, 8, 1, "needs 4096 MiB; more than 1024 MiB is refused")]
    [InlineData(4096, 0, 1, "scrypt r must be 1 to 1024, got 0")]
    [InlineData(4096, 8, 0, "scrypt p must be 1 to 1024, got 0")]
    public void Unusable_scrypt_parameters_are_refused_before_any_work(int n, int r, int p, string reason)
    {
        var file = JsonNode.Parse(SpecScrypt)!;
        file["crypto"]!["kdfparams"]!["n"] = n;
        file["crypto"]!["kdfparams"]!["r"] = r;
        file["crypto"]!["kdfparams"]!["p"] = p;
        Assert.Contains(reason, Assert.Throws<KeystoreException>(() => Web3Keystore.DecryptPrivateKey(file.ToJsonString(), SpecPassword)).Message);

        var options = new KeystoreScryptOptions { N = n, R = r, P = p };
        Assert.Contains(reason, Assert.Throws<KeystoreException>(() => Web3Keystore.Encrypt(TestKey, "pw", options)).Message);
        Assert.NotEmpty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    [Fact]
    public void Refuses_to_encrypt_an_invalid_private_key()
    {
        Assert.Throws<ArgumentException>(() => Web3Keystore.Encrypt(new byte[32], "pw", KeystoreScryptOptions.Light));
        Assert.Throws<ArgumentException>(() => Web3Keystore.Encrypt(new byte[31], "pw", KeystoreScryptOptions.Light));
    }

    [Fact]
    public void Standard_and_light_options_are_gethʼs()
    {
        Assert.Equal((262144, 8, 1), (KeystoreScryptOptions.Standard.N, KeystoreScryptOptions.Standard.R, KeystoreScryptOptions.Standard.P));
        Assert.Equal((4096, 8, 6), (KeystoreScryptOptions.Light.N, KeystoreScryptOptions.Light.R, KeystoreScryptOptions.Light.P));
        Assert.Empty(KeystoreScryptOptions.Standard.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(KeystoreScryptOptions.Standard)));
    }
}
