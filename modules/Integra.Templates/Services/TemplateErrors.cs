using System.Collections.Concurrent;
using Integra.Templates.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Integra.Templates.Services;

/// <summary>What this node last wrote per template, so a template that fails on every request is written once, not per request.</summary>
public sealed class TemplateErrorDeduplication
{
    private readonly ConcurrentDictionary<string, string> _last = new(StringComparer.Ordinal);

    public bool IsNew(string name, string error) => !_last.TryGetValue(name, out var last) || last != error;

    public void Remember(string name, string error) => _last[name] = error;

    public void Forget(string name) => _last.TryRemove(name, out _);
}

/// <summary>The last failure per template, kept for editors until the template is saved or reset.</summary>
public sealed class TemplateErrors(TemplatesDbContext db, TemplateErrorDeduplication seen, TimeProvider clock, ILogger<TemplateErrors> logger)
{
    public async Task RecordAsync(string name, TemplateOrigin origin, string message, CancellationToken cancellationToken)
    {
        var key = $"{origin}:{message}";
        if (!seen.IsNew(name, key))
        {
            return;
        }

        try
        {
            var row = await db.Errors.SingleOrDefaultAsync(e => e.Name == name, cancellationToken);
            if (row is null)
            {
                row = new TemplateError { Name = name, Origin = origin.ToString(), Message = string.Empty };
                db.Errors.Add(row);
            }

            row.Origin = origin.ToString();
            row.Message = message.Length > TemplateError.MaxMessageLength ? message[..TemplateError.MaxMessageLength] : message;
            row.Utc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            seen.Remember(name, key);
        }
        catch (DbUpdateException e)
        {
            // Another node recorded the same failure at the same moment; the page must render all the same.
            logger.LogWarning(e, "Could not record the error of template {Template}", name);
            db.ChangeTracker.Clear();
        }
    }

    public async Task ClearAsync(string name, CancellationToken cancellationToken)
    {
        seen.Forget(name);
        await db.Errors.Where(e => e.Name == name).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<Dictionary<string, TemplateError>> AllAsync(CancellationToken cancellationToken) =>
        await db.Errors.AsNoTracking().ToDictionaryAsync(e => e.Name, StringComparer.Ordinal, cancellationToken);

    public Task<TemplateError?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Errors.AsNoTracking().SingleOrDefaultAsync(e => e.Name == name, cancellationToken);
}
