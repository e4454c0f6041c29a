using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Integra.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class CoreDbContextDesignFactory : IDesignTimeDbContextFactory<CoreDbContext>
{
    public CoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CoreDbContext>();
        IntegraDatabase.Configure(options, typeof(CoreDbContext), new DatabaseOptions { ConnectionString = "Data Source=design.db" }, Path.GetTempPath());
        return new CoreDbContext(options.Options);
    }
}
