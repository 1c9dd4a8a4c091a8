//! `#[derive(Pod)]`: checks what can be checked on the syntax here (a struct, a `repr` that
//! fixes the layout, no generics, no reference or pointer fields) and emits compile-time
//! assertions for the rest (each field type is `Pod`; no padding), which rustc evaluates.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Field, Fields, Ident, Type};

/// Expands `#[derive(Pod)]` on `input`.
///
/// Errors, each at the offending tokens: not a struct; generic parameters; no
/// `#[repr(C)]`/`#[repr(transparent)]`; a field whose type is a reference, raw pointer or
/// function pointer.
pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let fields = match &input.data {
        Data::Struct(s) => &s.fields,
        Data::Enum(e) => {
            let enum_token = &e.enum_token;
            return Err(syn::Error::new_spanned(
                quote!(#enum_token #name),
                "#[derive(Pod)] applies to structs only: an enum's discriminant has invalid bit patterns",
            ));
        }
        Data::Union(u) => {
            let union_token = &u.union_token;
            return Err(syn::Error::new_spanned(
                quote!(#union_token #name),
                "#[derive(Pod)] applies to structs only, not to unions",
            ));
        }
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "#[derive(Pod)] does not support generic parameters: implement `wasm::Pod` for each \
             instance by hand (unsafe), or use a concrete type",
        ));
    }
    check_repr(input)?;
    let mut errors: Option<syn::Error> = None;
    for (index, field) in fields.iter().enumerate() {
        if let Err(e) = check_field(name, index, field) {
            match &mut errors {
                Some(all) => all.combine(e),
                None => errors = Some(e),
            }
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    Ok(generate(name, fields))
}

/// Requires `C` or `transparent` among the `repr` options: Rust's default layout may reorder
/// fields and is not stable across compilers, so the host could not know where a field is.
fn check_repr(input: &DeriveInput) -> syn::Result<()> {
    let mut last_repr = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("repr")) {
        let mut fixes_layout = false;
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("C") || meta.path.is_ident("transparent") {
                fixes_layout = true;
            }
            // Skip any arguments (`align(8)`, `packed(2)`): the padding check covers them.
            if meta.input.peek(syn::token::Paren) {
                meta.input.parse::<proc_macro2::Group>()?;
            }
            Ok(())
        })?;
        if fixes_layout {
            return Ok(());
        }
        last_repr = Some(attr);
    }
    let message = "#[derive(Pod)] requires #[repr(C)] or #[repr(transparent)]: the default Rust layout may \
                   reorder fields, so the bytes would have no fixed meaning across the boundary";
    Err(match last_repr {
        Some(attr) => syn::Error::new_spanned(attr, message),
        None => syn::Error::new_spanned(&input.ident, message),
    })
}

/// Rejects a field whose type contains, syntactically, a reference, a raw pointer or a function
/// pointer (here rather than through the `Pod` bound, for a message that says why).
fn check_field(name: &Ident, index: usize, field: &Field) -> syn::Result<()> {
    let Some((bad, what)) = find_address(&field.ty) else { return Ok(()) };
    let field_name = match &field.ident {
        Some(ident) => ident.to_string(),
        None => index.to_string(),
    };
    Err(syn::Error::new_spanned(
        bad,
        format!(
            "#[derive(Pod)]: field `{field_name}` of `{name}` is {what}, which is not plain old data: \
             addresses of this module's memory mean nothing to the host"
        ),
    ))
}

/// The first reference, raw pointer or function pointer in `ty` (looking into arrays, slices,
/// tuples and parentheses), with a description for the message.
fn find_address(ty: &Type) -> Option<(&Type, &'static str)> {
    match ty {
        Type::Reference(_) => Some((ty, "a reference")),
        Type::Ptr(_) => Some((ty, "a raw pointer")),
        Type::BareFn(_) => Some((ty, "a function pointer")),
        Type::Array(a) => find_address(&a.elem),
        Type::Slice(s) => find_address(&s.elem),
        Type::Paren(p) => find_address(&p.elem),
        Type::Group(g) => find_address(&g.elem),
        Type::Tuple(t) => t.elems.iter().find_map(find_address),
        _ => None,
    }
}

/// The impl and the two compile-time checks.
fn generate(name: &Ident, fields: &Fields) -> TokenStream {
    // One `assert_pod::<F>()` per field, spanned at the field's type so that a missing `Pod`
    // impl (a `bool` field, say) is reported there.
    let pod_asserts = fields.iter().map(|f| {
        let ty = &f.ty;
        quote_spanned!(ty.span()=> assert_pod::<#ty>();)
    });
    let field_sizes = fields.iter().map(|f| {
        let ty = &f.ty;
        quote!(+ ::core::mem::size_of::<#ty>())
    });
    let padding_message = format!(
        "#[derive(Pod)]: `{name}` has padding (its size is more than the sum of its fields' sizes), \
         and padding bytes are uninitialised: reorder the fields or add explicit padding fields"
    );
    let padding_check = quote_spanned! {name.span()=>
        const _: () = ::core::assert!(
            ::core::mem::size_of::<#name>() == 0usize #(#field_sizes)*,
            #padding_message
        );
    };
    let mut out = quote! {
        // SAFETY: every field is `Pod` and there is no padding (both checked below at compile
        // time), and `repr(C)`/`repr(transparent)` fixes the layout.
        #[automatically_derived]
        unsafe impl ::wasm::Pod for #name {}

        const _: fn() = || {
            fn assert_pod<T: ::wasm::Pod>() {}
            #(#pod_asserts)*
        };
    };
    padding_check.to_tokens(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::expand;
    use syn::parse_quote;

    fn error_of(input: syn::DeriveInput) -> String {
        expand(&input).expect_err("should be rejected").to_string()
    }

    #[test]
    fn addresses_are_found_inside_tuples_and_arrays() {
        let e = error_of(parse_quote! { #[repr(C)] struct S { ok: u32, t: [(u8, *mut u8); 2] } });
        assert!(e.contains("field `t` of `S` is a raw pointer"), "{e}");
        let e = error_of(parse_quote! { #[repr(C)] struct S(u64, fn()); });
        assert!(e.contains("field `1` of `S` is a function pointer"), "{e}");
    }

    #[test]
    fn every_bad_field_is_reported() {
        let input: syn::DeriveInput = parse_quote! { #[repr(C)] struct S { a: &'static u8, b: *const u8 } };
        let errors: Vec<String> = expand(&input).unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
    }

    #[test]
    fn repr_c_with_other_options_is_accepted() {
        for input in [
            parse_quote! { #[repr(C, packed)] struct S { a: u8, b: u32 } },
            parse_quote! { #[repr(align(8))] #[repr(C)] struct S { a: u64 } },
            parse_quote! { #[repr(transparent)] struct S(u16); },
            parse_quote! { #[repr(C)] struct S; },
        ] {
            let out = expand(&input).expect("accepted").to_string();
            assert!(out.contains("unsafe impl :: wasm :: Pod for S"), "{out}");
            assert!(out.contains("size_of :: < S >"), "{out}");
        }
    }

    #[test]
    fn rejections_name_the_reason() {
        assert!(error_of(parse_quote! { #[repr(packed)] struct S { a: u8 } }).contains("requires #[repr(C)]"));
        assert!(error_of(parse_quote! { #[repr(C)] struct S<'a> { a: &'a u8 } }).contains("generic parameters"));
        assert!(error_of(parse_quote! { #[repr(C)] union U { a: u8 } }).contains("structs only"));
    }
}
