namespace CCHC.Dashboard.Accounts;

/// <summary>Where the sign-in form sends the user afterwards: a path on this site only, percent-encoded, so a
/// link crafted elsewhere can neither send the user to another site ("//host", "/\host", "https://…") nor break
/// the redirect (a non-ASCII or control character in a Location header makes the server fail the request).</summary>
public static class LocalReturnUrl
{
    static readonly Uri Site = new("http://site.invalid/");

    public static string For(string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(returnUrl)) return "/";
        var path = returnUrl.StartsWith('/') ? returnUrl : "/" + returnUrl;
        if (path.Length > 1 && path[1] is '/' or '\\') return "/";
        if (path.Any(c => char.IsControl(c) || c == '\\')) return "/";
        if (!Uri.TryCreate(Site, path, out var uri) || uri.Scheme != Site.Scheme || uri.Authority != Site.Authority) return "/";
        // AbsoluteUri percent-encodes what a header cannot carry (IRI parsing keeps it readable only in ToString()).
        return uri.AbsoluteUri[(Site.AbsoluteUri.Length - 1)..];
    }
}
