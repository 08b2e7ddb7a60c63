using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Transcoding;

public static class TranscodingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NativeTranscoder"/> as <see cref="ITranscoder"/> and <see cref="NativeSegmentInspector"/>
    /// as <see cref="ISegmentInspector"/>, with <see cref="NativeTranscoderOptions"/> bound to section
    /// <c>Transcoder</c> and validated at start.
    /// </summary>
    public static IServiceCollection AddNativeTranscoding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<NativeTranscoderOptions>, NativeTranscoderOptionsValidator>();
        services.AddOptions<NativeTranscoderOptions>().Bind(configuration.GetSection(NativeTranscoderOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<NativeTranscoder>();
        services.AddSingleton<ITranscoder>(sp => sp.GetRequiredService<NativeTranscoder>());
        services.AddSingleton<NativeSegmentInspector>();
        services.AddSingleton<ISegmentInspector>(sp => sp.GetRequiredService<NativeSegmentInspector>());
        return services;
    }
}
