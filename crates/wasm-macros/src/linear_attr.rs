//! `#[wasm::linear]`: the item unchanged, plus `unsafe impl ::wasm::Linear`.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{Generics, Ident, Item};

/// Expands `#[wasm::linear]` with arguments `args` on `item`.
///
/// Errors: arguments (there are none to give), or an item that is not a struct or an enum.
pub fn expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    if !args.is_empty() {
        return Err(syn::Error::new_spanned(args, "#[wasm::linear] takes no arguments"));
    }
    let item: Item = syn::parse2(item)?;
    let (ident, generics): (&Ident, &Generics) = match &item {
        Item::Struct(s) => (&s.ident, &s.generics),
        Item::Enum(e) => (&e.ident, &e.generics),
        other => {
            let what = describe(other);
            return Err(syn::Error::new_spanned(
                head(other),
                format!(
                    "#[wasm::linear] applies to a struct or an enum, not to {what}: \
                     linearity is a property of the values of a type"
                ),
            ));
        }
    };
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let mut out = item.to_token_stream();
    // SAFETY of the generated impl (Linear's contract): it is empty, so `consume` is the
    // default the exporter lowers to `drop`.
    out.extend(quote! {
        #[automatically_derived]
        unsafe impl #impl_generics ::wasm::Linear for #ident #ty_generics #where_clause {}
    });
    Ok(out)
}

/// The tokens the error points at: the item's keyword and name (`fn consume_twice`) where it
/// has them, else the whole item.
fn head(item: &Item) -> TokenStream {
    match item {
        Item::Fn(f) => {
            let (fn_token, ident) = (&f.sig.fn_token, &f.sig.ident);
            quote!(#fn_token #ident)
        }
        Item::Union(u) => {
            let (union_token, ident) = (&u.union_token, &u.ident);
            quote!(#union_token #ident)
        }
        Item::Trait(t) => {
            let (trait_token, ident) = (&t.trait_token, &t.ident);
            quote!(#trait_token #ident)
        }
        Item::Type(t) => {
            let (type_token, ident) = (&t.type_token, &t.ident);
            quote!(#type_token #ident)
        }
        Item::Mod(m) => {
            let (mod_token, ident) = (&m.mod_token, &m.ident);
            quote!(#mod_token #ident)
        }
        other => other.to_token_stream(),
    }
}

/// "a function", "a union", ...: the item kind for the error message.
fn describe(item: &Item) -> &'static str {
    match item {
        Item::Fn(_) => "a function",
        Item::Union(_) => "a union (its fields overlap, so which one holds the obligation is unknown)",
        Item::Impl(_) => "an impl block",
        Item::Trait(_) | Item::TraitAlias(_) => "a trait",
        Item::Type(_) => "a type alias (put it on the type's definition)",
        Item::Mod(_) => "a module",
        Item::Const(_) | Item::Static(_) => "a constant or static",
        Item::Use(_) => "a use declaration",
        _ => "this item",
    }
}

#[cfg(test)]
mod tests {
    use super::expand;
    use quote::quote;

    #[test]
    fn generics_and_where_clauses_are_copied_to_the_impl() {
        let out = expand(
            quote!(),
            quote!(
                enum E<'a, T: Copy>
                where
                    T: Default,
                {
                    A(&'a T),
                    B,
                }
            ),
        )
        .expect("accepted")
        .to_string();
        assert!(out.starts_with("enum E"), "the item comes first, unchanged: {out}");
        assert!(
            out.contains("unsafe impl < 'a , T : Copy > :: wasm :: Linear for E < 'a , T > where T : Default , { }"),
            "{out}"
        );
    }

    #[test]
    fn non_types_and_arguments_are_rejected() {
        let e = expand(quote!(), quote!(union U { a: u8 })).unwrap_err().to_string();
        assert!(e.contains("not to a union"), "{e}");
        let e = expand(
            quote!(),
            quote!(
                type A = u8;
            ),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("not to a type alias"), "{e}");
        let e = expand(
            quote!(x),
            quote!(
                struct S;
            ),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("takes no arguments"), "{e}");
    }
}
