using System;
using Microsoft.Extensions.Options;

namespace Prevu3d.RealityConnect.DependencyInjection;

/// <summary>Runs <see cref="RealityConnectClientOptions.Validate"/>'s checks for IOptions, one failure per bad setting.</summary>
internal sealed class RealityConnectClientOptionsValidator : IValidateOptions<RealityConnectClientOptions>
{
    /// <summary>The name of the IHttpClientFactory client the SDK registers.</summary>
    public const string HttpClientName = "Prevu3d.RealityConnect";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, RealityConnectClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.GetValidationErrors();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
