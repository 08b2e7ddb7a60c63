namespace Livepeer.Protocol.Ai;

/// <summary>The type of one request field of an AI route (ai-runner's OpenAPI schema).</summary>
public enum AiFieldType
{
    String,
    Integer,
    Number,
    Boolean,

    /// <summary>An uploaded file (multipart only).</summary>
    File,

    /// <summary>The LLM's <c>messages</c>: a non-empty array of <c>{role, content}</c> strings.</summary>
    Messages,
}
