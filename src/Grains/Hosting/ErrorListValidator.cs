using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Hosting;

/// <summary>Validates options through their own <c>Errors()</c> list, reporting every problem at once.</summary>
internal sealed class ErrorListValidator<TOptions>(Func<TOptions, IReadOnlyList<string>> errors) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = errors(options);
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found.Select(e => $"{typeof(TOptions).Name}: {e}"));
    }
}
