using CellCrm.BackOffice;
using CellCrm.Infrastructure;
using CellCrm.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure(runJobs: !DatabaseCommands.IsCommand(args));
builder.AddBackOffice();

var app = builder.Build();
if (DatabaseCommands.IsCommand(args))
{
    return await DatabaseCommands.RunAsync(app, args);
}

app.UseBackOffice();
await app.RunAsync();
return 0;
