using Livepeer.Media.Inference;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class AiExtensions
{
    /// <summary>
    /// The inference engine of a GPU silo (section <c>Inference</c>, docs/models.md): registered when the silo is
    /// a GPU silo and lists models. Its models are loaded when the silo starts, and the node's orchestrator
    /// advertises them (<c>NodeOrchestratorRegistration</c>). Other silos run no inference; AI jobs reach the
    /// GPU silos' inference grains.
    /// </summary>
    public static ISiloBuilder AddLivepeerAi(this ISiloBuilder silo, IConfiguration configuration)
    {
        var node = configuration.GetValidated(SiloOptions.SectionName, new SiloOptionsValidator());
        var inference = new InferenceOptions();
        configuration.GetSection(InferenceOptions.SectionName).Bind(inference);
        if (!node.Gpu || inference.Models.Count == 0)
        {
            return silo;
        }
        silo.Services.AddOptions<InferenceOptions>().Bind(configuration.GetSection(InferenceOptions.SectionName));
        silo.Services.AddSingleton<OnnxInferenceEngine>();
        silo.Services.AddSingleton<IInferenceEngine>(sp => sp.GetRequiredService<OnnxInferenceEngine>());
        return silo;
    }
}
