using System.Net.Http.Headers;
using System.Text;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>HTTP calls to the gateway's admin API (docs/admin-api.md), with the bearer token when one is given.</summary>
public sealed class AdminApiClient : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;

    public AdminApiClient(AdminConnection connection, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        _http = new HttpClient { BaseAddress = connection.Api, Timeout = timeout ?? DefaultTimeout };
        if (connection.Token is { } token)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public AdminConnection Connection { get; }

    public Task<AdminApiResponse> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<AdminApiResponse> PutJsonAsync(string path, string json, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, cancellationToken);

    public Task<AdminApiResponse> PostJsonAsync(string path, string json, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, cancellationToken);

    public Task<AdminApiResponse> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<AdminApiResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return AdminApiResponse.Of((int)response.StatusCode, body);
            }
            catch (HttpRequestException e)
            {
                throw new AdminApiUnreachableException($"cannot reach the admin API at {Connection.Api}: {e.Message}", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AdminApiUnreachableException($"the admin API at {Connection.Api} did not answer within {_http.Timeout.TotalSeconds:0} s", e);
            }
        }
    }
}
