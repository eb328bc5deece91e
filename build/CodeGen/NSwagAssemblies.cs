using System.IO;
using System.Runtime.Loader;

namespace OpenAI.Assistants.CodeGen;

/// <summary>
/// NSwag's assemblies are not copied next to the runner (nor its tests): they are loaded from the NSwag.MSBuild
/// package's folder when first needed. Call <see cref="LoadFrom"/> before any NSwag type is touched.
/// </summary>
internal static class NSwagAssemblies
{
    public static void LoadFrom(string nswagDirectory)
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(nswagDirectory, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }
}
