using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Livepeer.Hosting.Options;

public static class OptionsRegistrationExtensions
{
    /// <summary>Binds and validates a section now: some values (ports, ids) are needed while the host is still being built.</summary>
    public static T GetValidated<T>(this IConfiguration configuration, string sectionName, IValidateOptions<T> validator)
        where T : class, new()
    {
        var options = configuration.GetSection(sectionName).Get<T>() ?? new T();
        var result = validator.Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(sectionName, typeof(T), result.Failures) : options;
    }

    /// <summary>Registers <typeparamref name="T"/> bound to <paramref name="sectionName"/>, validated when the host starts.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T, TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where T : class
        where TValidator : class, IValidateOptions<T>
    {
        services.AddSingleton<IValidateOptions<T>, TValidator>();
        return services.AddOptions<T>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
    }
}
