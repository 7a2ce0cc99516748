using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The shapes a slide is made of: placeholders, text boxes and pictures at fixed places.</summary>
internal static class SlideShapes
{
    public static P.ShapeTree Tree(IEnumerable<OpenXmlElement> shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1U, Name = "" },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
                new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
        tree.Append(shapes);
        return tree;
    }

    /// <summary>A placeholder of the layout; without <paramref name="at"/> it sits where the layout puts it.</summary>
    public static P.Shape Placeholder(uint id, string name, P.PlaceholderShape placeholder, EmuRect? at, P.TextBody? text)
    {
        var shape = new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(placeholder)),
            at is { } rect ? new P.ShapeProperties(Transform(rect)) : new P.ShapeProperties());
        if (text is not null)
            shape.Append(text);
        return shape;
    }

    /// <summary>A text box, filled with <paramref name="fill"/> as a rounded label when given one.</summary>
    public static P.Shape TextBox(uint id, string name, EmuRect at, P.TextBody text, string? fill = null) =>
        new(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties { TextBox = true },
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(
                Transform(at),
                Geometry(fill is null ? A.ShapeTypeValues.Rectangle : A.ShapeTypeValues.RoundRectangle),
                fill is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = fill }),
                new A.Outline(new A.NoFill())),
            text);

    /// <summary>A picture of the image related as <paramref name="imageRelationshipId"/>, with alt text.</summary>
    public static P.Picture Picture(uint id, string name, string description, string imageRelationshipId, EmuRect at) =>
        new(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name, Description = DeckText.Clean(description) },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.BlipFill(new A.Blip { Embed = imageRelationshipId }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(Transform(at), Geometry(A.ShapeTypeValues.Rectangle)));

    static A.Transform2D Transform(EmuRect at) =>
        new(new A.Offset { X = at.X, Y = at.Y }, new A.Extents { Cx = at.Width, Cy = at.Height });

    static A.PresetGeometry Geometry(A.ShapeTypeValues preset) => new(new A.AdjustValueList()) { Preset = preset };
}
