using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.RealityConnect;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>What a running emulator answers: its two base URLs, its organization and the demo credentials.</summary>
internal sealed record EmulatorEndpoints(string AuthorityUrl, string ApiUrl, Guid OrganizationId, string ClientId, string ClientSecret)
{
    /// <summary>SDK options that obtain a token and discover <see cref="ApiUrl"/> like in production.</summary>
    public RealityConnectClientOptions ClientOptions() => new()
    {
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        AuthorityUrl = AuthorityUrl,
    };

    /// <summary>
    /// Fetches a token with a plain POST, for the peers that are handed a cached token (raw HttpClient, Kiota CLI,
    /// NSwag) and for the raw client's cold start. NSwag's own createToken is never used: it sends the form's enum in
    /// the wrong case.
    /// </summary>
    /// <param name="http">The client to send with; a new one, disposed after, when <see langword="null"/>.</param>
    public async Task<string> FetchTokenAsync(HttpClient? http = null)
    {
        using var own = http is null ? new HttpClient() : null;
        using var request = new HttpRequestMessage(HttpMethod.Post, AuthorityUrl + "/oauth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret)));
        using var response = await (http ?? own!).SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
        var root = document.RootElement;
        var token = root.TryGetProperty("accessToken", out var documented) ? documented : root.GetProperty("access_token");
        return token.GetString() ?? throw new InvalidOperationException("The emulator answered no token.");
    }

    /// <summary>A plain HttpClient that sends <paramref name="token"/> on every request (the raw and NSwag peers).</summary>
    public static HttpClient BearerHttpClient(string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
