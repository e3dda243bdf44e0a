using CellCrm.Domain.Customers;

namespace CellCrm.Bench.Seeder;

/// <summary>The benchmark's customers, a pure function of their number: the load script searches for mobiles it
/// can name without reading the database. Mobiles use the 166 prefix and ID numbers birth dates of 1950 onwards,
/// which the demo data never uses, so both stay unique next to it.</summary>
public static class BenchCustomers
{
    public const int MaxCount = 10_000_000;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "华", "慧"];
    private static readonly DateOnly FirstBirthday = new(1950, 1, 1);

    public static string Mobile(int number) => "166" + Check(number).ToString("D8");

    /// <summary>An 18-digit 居民身份证 number (Shenzhen Nanshan) with a valid GB 11643 check character: a thousand
    /// sequence numbers per birth day.</summary>
    public static string IdNumber(int number)
    {
        Check(number);
        var birthday = FirstBirthday.AddDays(number / 1000);
        var first17 = $"440305{birthday:yyyyMMdd}{number % 1000:D3}";
        return first17 + IdDocument.MainlandCheckCharacter(first17);
    }

    public static string Name(int number) =>
        Surnames[number % Surnames.Length] + GivenNames[number / Surnames.Length % GivenNames.Length];

    /// <summary>The 17th digit of the ID number is odd for men (GB 11643).</summary>
    public static Gender GenderOf(int number) => number % 1000 % 2 == 1 ? Gender.Male : Gender.Female;

    public static CustomerProfile Profile(int number) => new()
    {
        Name = Name(number),
        Mobile = Mobile(number),
        Gender = GenderOf(number),
        IdType = IdDocumentType.MainlandIdCard,
        IdNumber = IdNumber(number),
        SourceChannel = (SourceChannel)(number % 6),
        IntendedProduct = number % 2 == 0 ? "干细胞" : "免疫细胞",
        SigningIntention = SigningIntention.Medium,
    };

    private static int Check(int number) => number is >= 0 and < MaxCount
        ? number
        : throw new ArgumentOutOfRangeException(nameof(number), $"Benchmark customers are numbered 0 to {MaxCount - 1}.");
}
