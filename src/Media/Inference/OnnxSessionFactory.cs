using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference;

/// <summary>
/// Creates the engine's sessions on one execution provider, decided once: CUDA when asked for and ONNX Runtime can
/// append it (the GPU build of the runtime and a device are present), else CPU with a log line saying why.
/// </summary>
internal sealed class OnnxSessionFactory
{
    private readonly InferenceOptions options;

    public OnnxSessionFactory(InferenceOptions options, ILogger logger)
    {
        this.options = options;
        if (!options.UseCuda)
        {
            InferenceLog.CpuByChoice(logger);
            return;
        }
        using var probe = new SessionOptions();
        var reason = TryAppendCuda(probe, options.CudaDeviceId);
        if (reason is null)
        {
            UsesCuda = true;
            InferenceLog.CudaEnabled(logger, options.CudaDeviceId);
        }
        else
        {
            InferenceLog.CudaUnavailable(logger, reason);
        }
    }

    public bool UsesCuda { get; }

    public string Provider => UsesCuda ? "CUDA" : "CPU";

    public InferenceSession Load(string path) => Create(o => new InferenceSession(path, o));

    public InferenceSession Load(byte[] model) => Create(o => new InferenceSession(model, o));

    /// <returns>null when CUDA was appended, else why not</returns>
    private static string? TryAppendCuda(SessionOptions sessionOptions, int deviceId)
    {
        try
        {
            sessionOptions.AppendExecutionProvider_CUDA(deviceId);
            return null;
        }
        catch (OnnxRuntimeException e)
        {
            return e.Message;
        }
        catch (EntryPointNotFoundException e)
        {
            return e.Message;
        }
        catch (DllNotFoundException e)
        {
            return e.Message;
        }
    }

    private InferenceSession Create(Func<SessionOptions, InferenceSession> create)
    {
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads,
        };
        if (!options.AllowSpinning)
        {
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            sessionOptions.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        }
        if (UsesCuda)
        {
            sessionOptions.AppendExecutionProvider_CUDA(options.CudaDeviceId);
        }
        return create(sessionOptions);
    }
}
