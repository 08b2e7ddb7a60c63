using System.Text;
using System.Text.Json;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>Builds an indented JSON document with a Utf8JsonWriter and returns it as text.</summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
