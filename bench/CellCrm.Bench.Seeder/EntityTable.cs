using System.Data;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MySqlConnector;

namespace CellCrm.Bench.Seeder;

/// <summary>Rows of one entity type laid out as the EF model maps it: every column of the table, values through
/// the model's own converters (enum names, encryption of personal data) and the lookup hashes that
/// <see cref="AuditingInterceptor"/> would fill in. A column another change adds is picked up without edits here.</summary>
public sealed class EntityTable
{
    private readonly IPersonalDataProtector _protector;
    private readonly List<Column> _columns;

    public EntityTable(CellCrmDbContext db, Type clrType)
    {
        _protector = db.Protector;
        var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
        TableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} has no table.");
        var table = StoreObjectIdentifier.Table(TableName, entityType.GetSchema());
        var hashSources = entityType.GetProperties()
            .Where(p => p.FindAnnotation(ModelAnnotations.LookupHash)?.Value is string)
            .ToDictionary(p => (string)p.FindAnnotation(ModelAnnotations.LookupHash)!.Value!);
        _columns = entityType.GetProperties()
            .Select(p => new Column(p.GetColumnName(table) ?? p.Name, p, hashSources.GetValueOrDefault(p.Name)))
            .ToList();
    }

    public string TableName { get; }

    public DataTable NewBatch()
    {
        var data = new DataTable(TableName);
        foreach (var column in _columns)
        {
            data.Columns.Add(column.Name, typeof(object));
        }

        return data;
    }

    public void Add(DataTable batch, object entity)
    {
        var values = new object[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            values[i] = ToProvider(_columns[i], entity) ?? DBNull.Value;
        }

        batch.Rows.Add(values);
    }

    /// <summary>One LOAD DATA statement per batch: the batch is all in or all out.</summary>
    public async Task WriteAsync(MySqlConnection connection, DataTable batch, CancellationToken ct)
    {
        var copy = new MySqlBulkCopy(connection) { DestinationTableName = $"`{TableName}`", BulkCopyTimeout = 0 };
        for (var i = 0; i < _columns.Count; i++)
        {
            copy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(i, _columns[i].Name));
        }

        var result = await copy.WriteToServerAsync(batch, ct);
        if (result.RowsInserted != batch.Rows.Count || result.Warnings.Count > 0)
        {
            var warnings = string.Join("; ", result.Warnings.Take(5).Select(w => w.Message));
            throw new InvalidOperationException($"{TableName}: {result.RowsInserted} of {batch.Rows.Count} rows inserted. {warnings}");
        }
    }

    private object? ToProvider(Column column, object entity)
    {
        if (column.HashOf is { } source)
        {
            return source.GetGetter().GetClrValue(entity) is string plain ? _protector.LookupHash(plain) : null;
        }

        if (column.Property.IsShadowProperty())
        {
            return null;
        }

        var value = column.Property.GetGetter().GetClrValue(entity);
        if (value is not null && column.Property.GetTypeMapping().Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        // As Pomelo stores them: GUIDs as char(36) text, DateTimeOffset as its UTC datetime(6).
        return value switch
        {
            Guid g => g.ToString("D"),
            DateTimeOffset d => d.UtcDateTime,
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            _ => value,
        };
    }

    private sealed record Column(string Name, IProperty Property, IProperty? HashOf);
}
