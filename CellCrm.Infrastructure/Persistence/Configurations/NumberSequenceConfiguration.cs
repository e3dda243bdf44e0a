using CellCrm.Infrastructure.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.ToTable("NumberSequences");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(40);
        b.Property(s => s.Last).IsConcurrencyToken();
    }
}
