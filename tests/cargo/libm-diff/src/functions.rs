// The libm functions the differential test compares (tests/cargo/libm-diff, crates/wirc/tests/libm_diff.rs).
// One list for both sides: each includer defines the macros. `name => export` (the export is
// prefixed: compiler-builtins defines the C names on wasm32); functions returning a pair have
// one export per component.
// One macro invocation, so that `include!` also works in expression position.

libm_functions! {
    unary!(f64: acos => m_acos, acosh => m_acosh, asin => m_asin, asinh => m_asinh, atan => m_atan, atanh => m_atanh, cbrt => m_cbrt, ceil => m_ceil, cos => m_cos, cosh => m_cosh, erf => m_erf, erfc => m_erfc, exp => m_exp, exp10 => m_exp10, exp2 => m_exp2, expm1 => m_expm1, fabs => m_fabs, floor => m_floor, j0 => m_j0, j1 => m_j1, lgamma => m_lgamma, log => m_log, log10 => m_log10, log1p => m_log1p, log2 => m_log2, rint => m_rint, round => m_round, roundeven => m_roundeven, sin => m_sin, sinh => m_sinh, sqrt => m_sqrt, tan => m_tan, tanh => m_tanh, tgamma => m_tgamma, trunc => m_trunc, y0 => m_y0, y1 => m_y1);
    binary!(f64: atan2 => m_atan2, copysign => m_copysign, fdim => m_fdim, fmax => m_fmax, fmaximum => m_fmaximum, fmaximum_num => m_fmaximum_num, fmin => m_fmin, fminimum => m_fminimum, fminimum_num => m_fminimum_num, fmod => m_fmod, hypot => m_hypot, nextafter => m_nextafter, pow => m_pow, remainder => m_remainder);
    ternary!(f64: fma => m_fma);
    to_int!(f64: ilogb => m_ilogb);
    int_first!(f64: jn => m_jn, yn => m_yn);
    int_second!(f64: ldexp => m_ldexp, scalbn => m_scalbn);
    pair_int!(f64: frexp => m_frexp_0 m_frexp_1, lgamma_r => m_lgamma_r_0 m_lgamma_r_1);
    pair_float!(f64: modf => m_modf_0 m_modf_1, sincos => m_sincos_0 m_sincos_1);
    binary_pair_int!(f64: remquo => m_remquo_0 m_remquo_1);
    unary!(f32: acosf => m_acosf, acoshf => m_acoshf, asinf => m_asinf, asinhf => m_asinhf, atanf => m_atanf, atanhf => m_atanhf, cbrtf => m_cbrtf, ceilf => m_ceilf, cosf => m_cosf, coshf => m_coshf, erff => m_erff, erfcf => m_erfcf, expf => m_expf, exp10f => m_exp10f, exp2f => m_exp2f, expm1f => m_expm1f, fabsf => m_fabsf, floorf => m_floorf, j0f => m_j0f, j1f => m_j1f, lgammaf => m_lgammaf, logf => m_logf, log10f => m_log10f, log1pf => m_log1pf, log2f => m_log2f, rintf => m_rintf, roundf => m_roundf, roundevenf => m_roundevenf, sinf => m_sinf, sinhf => m_sinhf, sqrtf => m_sqrtf, tanf => m_tanf, tanhf => m_tanhf, tgammaf => m_tgammaf, truncf => m_truncf, y0f => m_y0f, y1f => m_y1f);
    binary!(f32: atan2f => m_atan2f, copysignf => m_copysignf, fdimf => m_fdimf, fmaxf => m_fmaxf, fmaximumf => m_fmaximumf, fmaximum_numf => m_fmaximum_numf, fminf => m_fminf, fminimumf => m_fminimumf, fminimum_numf => m_fminimum_numf, fmodf => m_fmodf, hypotf => m_hypotf, nextafterf => m_nextafterf, powf => m_powf, remainderf => m_remainderf);
    ternary!(f32: fmaf => m_fmaf);
    to_int!(f32: ilogbf => m_ilogbf);
    int_first!(f32: jnf => m_jnf, ynf => m_ynf);
    int_second!(f32: ldexpf => m_ldexpf, scalbnf => m_scalbnf);
    pair_int!(f32: frexpf => m_frexpf_0 m_frexpf_1, lgammaf_r => m_lgammaf_r_0 m_lgammaf_r_1);
    pair_float!(f32: modff => m_modff_0 m_modff_1, sincosf => m_sincosf_0 m_sincosf_1);
    binary_pair_int!(f32: remquof => m_remquof_0 m_remquof_1);
}
