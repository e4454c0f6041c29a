using Integra.Applications.Forms;

namespace Integra.Applications.ViewModels;

/// <summary>The English names (localization keys) of field kinds and registry fields, as the form builder shows them.</summary>
public static class FieldKinds
{
    public static string Name(FieldKind kind) => kind switch
    {
        FieldKind.Text => "Short text",
        FieldKind.LongText => "Long text",
        FieldKind.Number => "Number",
        FieldKind.Date => "Date",
        FieldKind.Choice => "Single choice",
        FieldKind.MultiChoice => "Multiple choice",
        FieldKind.YesNo => "Yes or no",
        FieldKind.File => "File upload",
        FieldKind.Municipality => "Municipality",
        FieldKind.Consent => "Consent",
        FieldKind.Email => "E-mail address",
        FieldKind.Phone => "Phone number",
        FieldKind.PersonalNumber => "Personal number",
        _ => kind.ToString(),
    };

    public static string Name(PersonField field) => field switch
    {
        PersonField.None => "Not in the registry",
        PersonField.FirstName => "First name",
        PersonField.LastName => "Last name",
        PersonField.BirthDate => "Date of birth",
        PersonField.Sex => "Sex",
        PersonField.Municipality => "Municipality",
        PersonField.PersonalNumber => "Personal number",
        PersonField.Phone => "Phone number",
        PersonField.Email => "E-mail address",
        PersonField.ReturnStatus => "Return status",
        PersonField.Ethnicity => "Ethnicity",
        PersonField.Disability => "Disability",
        _ => field.ToString(),
    };
}
