using CellCrm.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ContractDemandListConfiguration : IEntityTypeConfiguration<ContractDemandList>
{
    public void Configure(EntityTypeBuilder<ContractDemandList> b)
    {
        b.ToTable("ContractDemandLists");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ContractDemandList.ContractId));
        b.HasIndex(l => new { l.ContractId, l.DemandListId }).IsUnique();
        b.HasIndex(l => l.DemandListId);
    }
}
