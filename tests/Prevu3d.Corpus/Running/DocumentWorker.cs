using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Prevu3d.Corpus.Manifest;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// One document, in its own process (started by <see cref="CorpusRunner"/>): count, ours, Kiota. The result file is
/// rewritten after each step, so a crash or a kill (a stack overflow, a hang) still leaves what was measured before it.
/// </summary>
internal static class DocumentWorker
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNameCaseInsensitive = true };

    public static int Run(CorpusDocument document, string resultFile, TimeSpan stepTimeout, bool runKiota)
    {
        var path = CorpusManifest.Locate(CorpusPaths.Packages, document);
        var result = new DocumentResult { Name = document.Name, Package = document.Package, Version = document.Version, Path = document.Path };
        void Save() => File.WriteAllText(resultFile, JsonSerializer.Serialize(result, Json));

        if (!File.Exists(path))
        {
            result.WorkerFailure = $"{CorpusPaths.Relative(path)} is missing: run tests/corpus/run.sh (it fetches the packages)";
            Save();
            return 0;
        }

        var text = File.ReadAllText(path);
        result.Bytes = new FileInfo(path).Length;
        result.OpenApiVersion = DocumentCounter.DeclaredVersion(path, text);
        Save();

        result.Counts = DocumentCounter.Count(path, text);
        Save();

        OursStep.WarmUp();
        result.Ours = OursStep.Run(path, text, CorpusPaths.Root, stepTimeout);
        Save();

        if (runKiota)
        {
            var output = Path.Combine(CorpusPaths.Artifacts, "kiota", document.Name);
            result.Kiota = KiotaStep.Run(path, output, CorpusPaths.Root, stepTimeout, stepTimeout, partial =>
            {
                result.Kiota = partial;
                Save();
            });
            Save();
            if (result.Ours?.Surface is { } ours && result.Kiota?.Surface is { } kiota)
            {
                result.Surface = SurfaceStep.Compare(document.Name, kiota, ours, result.Kiota.ErrorSites);
                Save();
            }
        }

        return 0;
    }

    public static DocumentResult? Read(string resultFile)
    {
        try
        {
            return File.Exists(resultFile) ? JsonSerializer.Deserialize<DocumentResult>(File.ReadAllText(resultFile), Json) : null;
        }
        catch (JsonException)
        {
            // Killed while writing: the step in flight is lost, the run goes on.
            return null;
        }
    }
}
