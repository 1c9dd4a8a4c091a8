# Mensajes del controlador (es). Un mensaje por código; véase crates/wasmir-syntax/src/diag/mod.rs.

e0401 = no se puede leer `{$path}`: {$detail}
    .hint = compruebe que el archivo existe y que se puede leer
e0402 = `{$path}` no es texto UTF-8
    .hint = los archivos .wir están en UTF-8; pase un archivo .wasm solo a `wirc run`
e0403 = no se puede escribir `{$path}`: {$detail}
    .hint = compruebe que el directorio de salida existe y que se puede escribir en él
e0420 = wasmtime no puede cargar el módulo: {$detail}
    .hint = valide el módulo con `wasm-tools validate`, o vuelva a compilarlo con `wirc`
e0421 = el módulo no exporta ninguna función llamada `{$name}`
    .hint = { $listed ->
        [none] el módulo no exporta ninguna función
       *[some] funciones exportadas: {$exports}
    }
e0422 = `{$name}` recibe {$expected} argumento(s), pero se pasaron {$got}
    .hint = pase un argumento por cada parámetro después de `--invoke {$name}`
e0423 = el módulo importa `{$module}`.`{$field}`, y `wirc run` no proporciona funciones del anfitrión
    .hint = ejecute los módulos con importaciones en un anfitrión que las proporcione, o elimine la importación
e0424 = `{$name}` produjo una trampa: { $trap ->
        [unreachable] código inalcanzable
        [divide-by-zero] división entera por cero
        [integer-overflow] desbordamiento de entero
        [invalid-conversion] conversión no válida a entero
        [checked-overflow] desbordamiento aritmético
        [stack-overflow] pila de llamadas agotada
        [memory-out-of-bounds] acceso a memoria fuera de límites
        [undefined-element] elemento no definido
        [table-out-of-bounds] acceso fuera de los límites de la tabla
        [indirect-call-type-mismatch] tipo incompatible en una llamada indirecta
        [out-of-fuel] combustible agotado
        [unknown-import] llamada a una importación desconocida
        [invalid-ir] IR no válida
       *[other] {$detail}
    }{ $func ->
        [none] {""}
       *[other] {" "}en la función {$func}
    }{ $at ->
        [none] {""}
       *[other] {" "}en {$at}
    }
    .hint = una trampa es la forma wasm de un pánico de Rust o de una operación indefinida (división por cero, desbordamiento en una operación comprobada, `trap`)
e0425 = el argumento {$index} (`{$text}`) no es un {$ty} válido
    .hint = los enteros aceptan el rango con signo o sin signo de su ancho; los flotantes aceptan decimales, `inf` y `nan`
e0426 = { $backend ->
        [native] el backend nativo
       *[interp] el intérprete
    } ejecuta WasmIR, y `{$path}` es un binario wasm
    .hint = pase el archivo .wir a `wirc run --backend {$backend}`, o ejecute el archivo .wasm con `--backend wasmtime`
e0427 = pasada desconocida `{$pass}`
    .hint = `wirc passes` enumera las pasadas: {$passes}
e0428 = no existe el código de diagnóstico `{$code}`
    .hint = los códigos se escriben como `E0203`; copie uno de una línea `error[...]`
e0429 = error interno del compilador: el backend nativo no puede compilar el módulo: {$detail}
    .hint = es un error de wirc; infórmelo con este archivo .wir; mientras tanto, `--backend wasmtime` o `--backend interp` ejecuta el módulo
e0498 = error interno del compilador: el módulo emitido no es válido: {$detail}
    .label = al compilar este módulo
    .hint = esto es un error de wirc; por favor, infórmelo junto con este archivo .wir
e0499 = error interno del compilador: la pasada `{$pass}` rompió la IR (errores del verificador: {$count}; el primero: {$first})
    .label = al compilar este módulo
    .hint = esto es un error de wirc; por favor, infórmelo junto con este archivo .wir; `-O0` evita la pasada

# No es un código: la línea final cuando un archivo tiene más diagnósticos de los que se imprimen (el límite es
# `MAX_RENDERED` en crates/wasmir-syntax/src/diag/render.rs). `$count` es un número, >= 1.
more-errors =
    { $count ->
        [one] { $count } error más sin mostrar
        [many] { $count } errores más sin mostrar
       *[other] { $count } errores más sin mostrar
    }
    .hint = corrija los errores anteriores y vuelva a ejecutar para ver el resto; los errores posteriores suelen ser consecuencia de los anteriores
