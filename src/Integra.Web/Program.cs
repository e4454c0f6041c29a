using Integra.Core.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddIntegra();

var app = builder.Build();
await app.UseIntegraAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
