using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.JsonRpc;

namespace Livepeer.Chain.Tests.JsonRpc;

/// <summary>
/// An in-process JSON-RPC "node": each HTTP request goes to a responder that sees the request body
/// and the 1-based request count. Records every body, so tests can check what was sent and how often.
/// </summary>
internal sealed class FakeJsonRpcHandler(Func<FakeRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public static readonly Uri Url = new("http://127.0.0.1:8545/");

    private readonly Lock _gate = new();
    private readonly List<string> _bodies = [];

    public FakeJsonRpcHandler(Func<FakeRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_gate)
            {
                return [.. _bodies];
            }
        }
    }

    public int Requests => Bodies.Count;

    /// <summary>A client over this handler with short, test-friendly timings.</summary>
    public JsonRpcClient Client(int maxRetries = 3, TimeSpan? timeout = null) =>
        new(new HttpClient(this), new JsonRpcOptions
        {
            Url = Url,
            MaxRetries = maxRetries,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            BackoffBase = TimeSpan.FromMilliseconds(1),
            BackoffMax = TimeSpan.FromMilliseconds(5),
        });

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(string text, HttpStatusCode status) =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };

    /// <summary>A result answer to a single request, echoing its id.</summary>
    public static HttpResponseMessage Result(FakeRequest request, JsonNode? result) =>
        Json(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request.Single.GetProperty("id").GetInt64(), ["result"] = result }.ToJsonString());

    /// <summary>An error answer to a single request, echoing its id.</summary>
    public static HttpResponseMessage Error(FakeRequest request, long code, string message, JsonNode? data = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (data is not null)
        {
            error["data"] = data;
        }
        return Json(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request.Single.GetProperty("id").GetInt64(), ["error"] = error }.ToJsonString());
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        var body = await request.Content.ReadAsStringAsync(cancellationToken);
        int count;
        lock (_gate)
        {
            _bodies.Add(body);
            count = _bodies.Count;
        }
        return await respond(new FakeRequest(count, JsonDocument.Parse(body).RootElement.Clone()), cancellationToken);
    }
}
