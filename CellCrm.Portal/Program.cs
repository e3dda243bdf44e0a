using CellCrm.Infrastructure;
using CellCrm.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
await app.RunAsync();
