namespace CellCrm.Domain.Files;

public enum DetectedFileType
{
    Unknown,
    Jpeg,
    Png,
    Heic,
    Pdf,
}
