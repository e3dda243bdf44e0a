namespace CellCrm.BackOffice.Services;

/// <summary>A message for one input of a form; <see cref="Field"/> is the input's property name, or empty for the
/// whole form.</summary>
public sealed record FieldError(string Field, string Message);
