using System.Text.Json.Serialization;

namespace Livepeer.Bench.TicketFiles;

[JsonSerializable(typeof(VerifyResult))]
internal sealed partial class VerifyResultJsonContext : JsonSerializerContext;
