using System;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Models;
using Spectre.Console;

namespace Prevu3d.Cli.Commands;

/// <summary><c>prevu3d token</c>: the access token's decoded claims and expiry; never the raw token unless asked.</summary>
internal static class TokenCommand
{
    public static Command Create(CommandContext context)
    {
        var showToken = new Option<bool>("--show-token") { Description = "Also print the raw access token (it is a secret)." };
        var command = new Command("token", "Request a token and show its decoded claims and expiry.");
        command.Options.Add(showToken);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (connection, json, ct) =>
        {
            // The generated token operation: the authentication provider adds the Basic header it requires.
            var response = await connection.Client.Oauth.Token.PostAsync(TokenRequests.ClientCredentials(), cancellationToken: ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the token endpoint returned an empty body.");
            // The SDK's reader: both documented shapes (accessToken, and the guide's sample's access_token).
            var (raw, _) = TokenResponseReader.Read(response);
            if (raw is null)
            {
                throw new InvalidOperationException("the token endpoint returned no access token.");
            }

            var claims = JwtPayload.Decode(raw);
            var now = DateTimeOffset.UtcNow;

            var result = new JsonObject
            {
                ["algorithm"] = JwtPayload.Algorithm(raw),
                ["claims"] = claims.DeepClone(),
                ["issuedAt"] = Epoch(claims, "iat")?.ToString("O", CultureInfo.InvariantCulture),
                ["expiresAt"] = Epoch(claims, "exp")?.ToString("O", CultureInfo.InvariantCulture),
                ["documentedExpiresIn"] = response.ExpiresIn,
            };
            if (parseResult.GetValue(showToken))
            {
                result["accessToken"] = raw;
            }

            if (json)
            {
                await context.Console.Output.WriteLineAsync(result.ToJsonString()).ConfigureAwait(false);
                return;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("Algorithm", Markup.Escape(JwtPayload.Algorithm(raw) ?? "?"));
            foreach (var (name, value) in claims)
            {
                grid.AddRow(Markup.Escape(name), Markup.Escape(value?.ToJsonString() ?? "null"));
            }

            if (Epoch(claims, "exp") is { } expires)
            {
                grid.AddRow("Expires", Markup.Escape($"{expires:u} (in {Math.Max(0, (expires - now).TotalMinutes):F0} min)"));
            }

            if (parseResult.GetValue(showToken))
            {
                grid.AddRow("Access token", Markup.Escape(raw));
            }

            context.Console.Ansi.Write(grid);
        }, cancellationToken));
        return command;
    }

    private static DateTimeOffset? Epoch(JsonObject claims, string name)
        => claims[name] is JsonValue value && value.TryGetValue<long>(out var seconds)
            && seconds is >= 0 and <= 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
