namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// Where the comparison stands: on the upstream side, the nearest named schema (or the operation's request, response
/// or parameter) and the path under it (<c>.tools[]&lt;function&gt;.function</c>); the same on our side; and the
/// operation site it was reached from.
/// </summary>
internal readonly record struct Site(string UpOwner, string UpSort, string UpPath, string OursOwner, string OursPath, string Via)
{
    public bool UpOwnedBySchema => UpOwner.StartsWith("schema ", System.StringComparison.Ordinal);

    public string UpLocation => UpOwner + UpPath;

    public string OursLocation => OursOwner + OursPath;

    /// <summary>A step down on both sides: <c>.name</c>, <c>[]</c>, <c>{}</c> or a variant key.</summary>
    public Site Append(string step) => this with { UpPath = UpPath + step, OursPath = OursPath + step };

    /// <summary>Below a node reached through a named schema, that schema owns the paths.</summary>
    public Site Into(string? upName, string? oursName)
    {
        var site = this;
        if (upName is not null)
        {
            site = site with { UpOwner = "schema " + upName, UpSort = "1 " + upName, UpPath = string.Empty };
        }

        if (oursName is not null)
        {
            site = site with { OursOwner = oursName, OursPath = string.Empty };
        }

        return site;
    }
}
