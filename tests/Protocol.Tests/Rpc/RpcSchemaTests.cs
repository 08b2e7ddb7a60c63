namespace Livepeer.Protocol.Tests.Rpc;

/// <summary>
/// Transcribes the field tables of pm-protocol.md §6 independently of the .proto files, so a typo
/// in a field number or type there fails here.
/// </summary>
public sealed class RpcSchemaTests
{
    private static readonly Dictionary<string, string[]> Spec = new()
    {
        ["OrchestratorRequest"] = ["address=1:bytes", "sig=2:bytes", "capabilities=3:Capabilities", "ignoreCapacityCheck=4:bool"],
        ["OrchestratorInfo"] =
        [
            "transcoder=1:string", "ticket_params=2:TicketParams", "price_info=3:PriceInfo", "address=4:bytes",
            "capabilities=5:Capabilities", "auth_token=6:AuthToken", "hardware=7:repeated HardwareInformation",
            "storage=32:repeated OSInfo", "capabilities_prices=33:repeated PriceInfo", "nodes=34:repeated string",
        ],
        ["TicketParams"] =
        [
            "recipient=1:bytes", "face_value=2:bytes", "win_prob=3:bytes", "recipient_rand_hash=4:bytes", "seed=5:bytes",
            "expiration_block=6:bytes", "expiration_params=7:TicketExpirationParams",
        ],
        ["TicketExpirationParams"] = ["creation_round=1:int64", "creation_round_block_hash=2:bytes"],
        ["TicketSenderParams"] = ["sender_nonce=1:uint32", "sig=2:bytes"],
        ["Payment"] =
        [
            "ticket_params=1:TicketParams", "sender=2:bytes", "expiration_params=3:TicketExpirationParams",
            "ticket_sender_params=4:repeated TicketSenderParams", "expected_price=5:PriceInfo",
        ],
        ["PriceInfo"] = ["pricePerUnit=1:int64", "pixelsPerUnit=2:int64", "capability=3:uint32", "constraint=4:string"],
        ["AuthToken"] = ["token=1:bytes", "session_id=2:string", "expiration=3:int64"],
        ["SegData"] =
        [
            "manifestId=1:bytes", "seq=2:int64", "hash=3:bytes", "profiles=4:bytes", "sig=5:bytes", "duration=6:int32",
            "capabilities=7:Capabilities", "auth_token=8:AuthToken", "calc_perceptual_hash=10:bool", "storage=32:repeated OSInfo",
            "fullProfiles=33:repeated VideoProfile", "fullProfiles2=34:repeated VideoProfile", "fullProfiles3=35:repeated VideoProfile",
            "segment_parameters=37:SegParameters", "ForceSessionReinit=38:bool",
        ],
        ["SegParameters"] = ["from=1:uint64", "to=2:uint64"],
        ["VideoProfile"] =
        [
            "name=16:string", "width=17:int32", "height=18:int32", "bitrate=19:int32", "fps=20:uint32", "format=21:Format",
            "fpsDen=22:uint32", "profile=23:Profile", "gop=24:int32", "encoder=25:VideoCodec", "colorDepth=26:int32",
            "chromaFormat=27:ChromaSubsampling", "quality=28:uint32",
        ],
        ["TranscodeResult"] = ["seq=1:int64", "error=2:string", "data=3:TranscodeData", "info=16:OrchestratorInfo"],
        ["TranscodeData"] = ["segments=1:repeated TranscodedSegmentData", "sig=2:bytes"],
        ["TranscodedSegmentData"] = ["url=1:string", "pixels=2:int64", "perceptual_hash_url=3:string"],
        ["PaymentResult"] = ["info=16:OrchestratorInfo"],
        ["Capabilities"] =
        [
            "bitstring=1:repeated uint64", "mandatories=2:repeated uint64", "capacities=3:map<uint32,uint32>", "version=4:string",
            "constraints=5:Constraints",
        ],
        ["Constraints"] = ["minVersion=1:string", "PerCapability=2:map<uint32,CapabilityConstraints>"],
        ["CapabilityConstraints"] = ["models=1:map<string,ModelConstraint>"],
        ["ModelConstraint"] = ["warm=1:bool", "capacity=2:uint32", "runnerVersion=3:string", "capacityInUse=4:uint32"],
        ["OSInfo"] = ["storageType=1:StorageType", "s3info=16:S3OSInfo"],
        ["S3OSInfo"] = ["host=1:string", "key=2:string", "policy=3:string", "signature=4:string", "credential=5:string", "xAmzDate=6:string"],
        ["EndTranscodingSessionRequest"] = ["auth_token=1:AuthToken"],
        ["EndTranscodingSessionResponse"] = [],
        ["PingPong"] = ["value=1:bytes"],
        ["HardwareInformation"] = ["pipeline=1:string", "model_id=2:string", "gpu_info=3:map<string,GPUComputeInfo>"],
        ["GPUComputeInfo"] = ["id=1:string", "name=2:string", "major=4:uint32", "minor=5:uint32", "memory_free=6:int64", "memory_total=7:int64"],
        ["RegisterRequest"] = ["secret=1:string", "capacity=2:int64", "capabilities=3:Capabilities"],
        ["NotifySegment"] = ["url=1:string", "segData=3:SegData", "taskId=16:int64", "profiles=17:bytes", "orchId=18:string"],
        ["RegisterAIWorkerRequest"] = ["secret=1:string", "capabilities=2:Capabilities", "hardware=3:repeated HardwareInformation"],
        ["NotifyAIJob"] = ["AIJobData=1:AIJobData", "taskId=2:int64"],
        ["AIJobData"] = ["pipeline=1:string", "requestData=2:bytes"],
        ["Ticket"] =
        [
            "ticket_params=1:TicketParams", "sender=2:bytes", "expiration_params=3:TicketExpirationParams",
            "sender_params=4:TicketSenderParams", "recipient_rand=5:bytes",
        ],
        ["QueueTicketRes"] = [],
        ["MaxFloatReq"] = ["sender=1:bytes"],
        ["MaxFloatUpdate"] = ["max_float=1:bytes"],
    };

    [Fact]
    public void Every_message_of_the_spec_is_defined_and_nothing_else()
    {
        Assert.Equal(Spec.Keys.Order(StringComparer.Ordinal), RpcSchema.AllMessages.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Field_numbers_and_types_match_the_spec_tables()
    {
        foreach (var message in RpcSchema.AllMessages)
        {
            var actual = message.Fields.InFieldNumberOrder().Select(RpcSchema.Describe).ToArray();
            Assert.True(Spec[message.Name].SequenceEqual(actual),
                $"{message.Name}: spec [{string.Join(", ", Spec[message.Name])}] but proto [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void Enums_have_the_spec_values()
    {
        static string Values(Google.Protobuf.Reflection.EnumDescriptor e) => string.Join(",", e.Values.Select(v => $"{v.Name}={v.Number}"));
        var video = Livepeer.Protocol.Rpc.VideoProfile.Descriptor;
        Assert.Equal("MPEGTS=0,MP4=1", Values(video.EnumTypes.Single(e => e.Name == "Format")));
        Assert.Equal("ENCODER_DEFAULT=0,H264_BASELINE=1,H264_MAIN=2,H264_HIGH=3,H264_CONSTRAINED_HIGH=4", Values(video.EnumTypes.Single(e => e.Name == "Profile")));
        Assert.Equal("H264=0,H265=1,VP8=2,VP9=3", Values(video.EnumTypes.Single(e => e.Name == "VideoCodec")));
        Assert.Equal("CHROMA_420=0,CHROMA_422=1,CHROMA_444=2", Values(video.EnumTypes.Single(e => e.Name == "ChromaSubsampling")));
        Assert.Equal("DIRECT=0,S3=1,GOOGLE=2", Values(Livepeer.Protocol.Rpc.OSInfo.Descriptor.EnumTypes.Single()));
    }

    [Fact]
    public void Services_have_the_spec_methods()
    {
        static string Methods(Google.Protobuf.Reflection.ServiceDescriptor s) => string.Join(",", s.Methods.Select(m =>
            $"{m.Name}({m.InputType.Name})->{(m.IsServerStreaming ? "stream " : "")}{m.OutputType.Name}"));
        var services = Livepeer.Protocol.Rpc.LpRpcReflection.Descriptor.Services.Concat(Livepeer.Protocol.Rpc.RedeemerReflection.Descriptor.Services)
            .ToDictionary(s => s.FullName, Methods);
        Assert.Equal(
            "GetOrchestrator(OrchestratorRequest)->OrchestratorInfo,EndTranscodingSession(EndTranscodingSessionRequest)->EndTranscodingSessionResponse,Ping(PingPong)->PingPong",
            services["net.Orchestrator"]);
        Assert.Equal("RegisterTranscoder(RegisterRequest)->stream NotifySegment", services["net.Transcoder"]);
        Assert.Equal("RegisterAIWorker(RegisterAIWorkerRequest)->stream NotifyAIJob", services["net.AIWorker"]);
        Assert.Equal("QueueTicket(Ticket)->QueueTicketRes,MaxFloat(MaxFloatReq)->MaxFloatUpdate,MonitorMaxFloat(MaxFloatReq)->stream MaxFloatUpdate",
            services["net.TicketRedeemer"]);
        Assert.Equal(4, services.Count);
    }
}
