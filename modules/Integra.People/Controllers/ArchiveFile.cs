using Integra.People.Services;

namespace Integra.People.Controllers;

internal static class ArchiveFile
{
    /// <summary>
    /// The subject's ZIP in a temporary file, deleted when the response has been sent: the archive may hold the
    /// person's uploaded files, too big to build in memory.
    /// </summary>
    public static async Task<Stream> WriteAsync(PersonalDataService personalData, PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), "integra-personal-data-" + Guid.NewGuid().ToString("N") + ".zip"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await personalData.WriteArchiveAsync(subject, file, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
