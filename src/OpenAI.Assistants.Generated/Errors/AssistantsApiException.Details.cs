using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated;

// The API's error fields, the request id and status shortcuts of every AssistantsApiException.
public partial class AssistantsApiException
{
    private JObject? _error;
    private bool _errorParsed;

    /// <summary>The API error's <c>message</c>, or null when the body carries none.</summary>
    public string? ErrorMessage => ErrorField("message");

    /// <summary>The API error's <c>type</c> (e.g. <c>invalid_request_error</c>), or null.</summary>
    public string? ErrorType => ErrorField("type");

    /// <summary>The API error's <c>code</c> (e.g. <c>rate_limit_exceeded</c>), or null.</summary>
    public string? ErrorCode => ErrorField("code");

    /// <summary>The API error's <c>param</c>: the request field at fault, or null.</summary>
    public string? ErrorParam => ErrorField("param");

    /// <summary>The <c>x-request-id</c> response header, to quote when asking OpenAI about a failure.</summary>
    public string? RequestId => Header("x-request-id");

    /// <summary>400: the request was malformed or invalid.</summary>
    public bool IsBadRequest => StatusCode == 400;

    /// <summary>401: the API key is missing, wrong or revoked.</summary>
    public bool IsUnauthorized => StatusCode == 401;

    /// <summary>403: the key may not use this resource (region, organization or project).</summary>
    public bool IsForbidden => StatusCode == 403;

    /// <summary>404: the id does not exist or belongs to another organization.</summary>
    public bool IsNotFound => StatusCode == 404;

    /// <summary>409: the resource changed concurrently.</summary>
    public bool IsConflict => StatusCode == 409;

    /// <summary>422: the request was well-formed but could not be processed.</summary>
    public bool IsUnprocessable => StatusCode == 422;

    /// <summary>429: rate limit or quota reached; retry later (see the <c>retry-after</c> header when present).</summary>
    public bool IsRateLimited => StatusCode == 429;

    /// <summary>5xx: a server or gateway failure; usually worth a retry.</summary>
    public bool IsServerError => StatusCode >= 500 && StatusCode <= 599;

    /// <summary>Whether a retry of the same request may succeed: 408, 409, 429, 5xx, a network failure, a timeout or a malformed response.</summary>
    public virtual bool IsTransient => Malformed || StatusCode == 408 || IsConflict || IsRateLimited || IsServerError;

    /// <summary>The first value of a response header (case-insensitive), or null.</summary>
    /// <param name="name">The header name.</param>
    public string? Header(string name)
    {
        foreach (var pair in Headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value?.FirstOrDefault();
            }
        }

        return null;
    }

    private string? ErrorField(string name)
    {
        if (!_errorParsed)
        {
            _error = ParseError(Response);
            _errorParsed = true;
        }

        return _error?[name] is JValue { Value: not null } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static JObject? ParseError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JToken.Parse(body!) is JObject { } root && root["error"] is JObject error ? error : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null; // not JSON (e.g. an HTML page from a proxy): the raw body stays in Response
        }
    }
}
