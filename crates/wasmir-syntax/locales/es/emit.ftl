# Mensajes del emisor (es). Un mensaje por código; véase crates/wasmir-syntax/src/diag/mod.rs.
# Códigos y reglas: crates/wasmir-emit/src/error.rs y wasmir-spec/07-lowering.md.

e0301 = flujo de control irreducible en `{$func}`: este salto entra en el bucle por `{$block}` sin pasar por su cabecera
    .label = salta hacia atrás a `{$block}`, que no domina este salto
    .hint = WebAssembly solo tiene bucles estructurados, con una única cabecera de entrada: haga que cada bucle tenga un único bloque de entrada que domine los bloques del bucle (por ejemplo, haga pasar todas las entradas por un nuevo bloque cabecera que despache con `switch`)
    .entry = supuesta entrada del bucle

e0302 = este emisor no puede compilar a WebAssembly el operador `{$op}` de `{$func}`
    .label = no hay traducción para este operador
    .hint = la IR es más reciente que el emisor: actualice wasmir-emit, o reescriba el operador con operadores más antiguos

e0303 = { $what ->
        [invalid-ir] el módulo no se puede emitir: no es una IR válida (el verificador informa aquí de {$code})
       *[other] `{$func}` no se puede emitir: { $what ->
            [no-block] la función no tiene ningún bloque
            [early-terminator] hay un terminador en medio de un bloque
            [no-terminator] un bloque no tiene terminador
            [arity] número incorrecto de operandos o de resultados
            [missing-target] falta un destino de salto
            [no-enclosing-construct] un destino de salto no tiene ninguna construcción envolvente
            [undefined-value] el valor {$entity} se lee pero nunca se define
            [switch-without-cases] un switch sin casos
            [switch-mismatch] un elemento de switch que pertenece a otra instrucción
            [no-export-target] la entidad exportada no existe
            [bad-immediate] los inmediatos no corresponden al operador
            [dangling-entity] un inmediato nombra una memoria, global, tabla, firma, elemento de datos, ranura o función que no existe
            [no-memory] el módulo tiene ranuras de pila o datos, pero ninguna memoria
            [global-init] una global definida no tiene un valor inicial de su tipo
            [memory-limits] los tamaños de la memoria superan las 65536 páginas, o su mínimo supera su máximo
           *[other] el módulo incumple una garantía del verificador
            }
    }
    .label = aquí
    .hint = { $what ->
        [invalid-ir] el emisor solo acepta módulos que el verificador acepta: `wirc check` explica {$code} (especificación, capítulo 6); si `wirc check` acepta el archivo fuente, una pasada de optimización ha roto la IR; por favor, infórmelo (`-O0` evita las pasadas)
       *[other] el verificador aceptó este módulo, pero incumple una garantía de la que depende el emisor: al verificador le falta una regla; por favor, infórmelo junto con este archivo .wir
    }

e0304 = `{$func}` necesita {$count} variables locales, incluidos sus {$params} parámetros, por encima del límite de WebAssembly ({$limit})
    .label = en esta función
    .hint = los motores rechazan una función con más de {$limit} variables locales; los valores comparten una variable local cuando sus intervalos de vida no se solapan, así que divida la función o mantenga menos valores vivos a la vez

e0305 = el código de `{$func}` ocupa {$bytes} bytes, por encima del límite de WebAssembly ({$limit} bytes por función)
    .label = en esta función
    .hint = los motores rechazan un cuerpo de función de más de {$limit} bytes: divida la función en varias más pequeñas

e0306 = un `switch` de `{$func}` necesita una tabla de saltos (`br_table`) de {$entries} entradas, por encima del límite de V8 ({$limit})
    .label = este switch
    .hint = un switch denso se convierte en un único `br_table` que cubre todos los valores desde su caso menor hasta el mayor: divídalo en switches sobre rangos más pequeños (por ejemplo, salte primero según si el valor está por debajo del caso central)

e0307 = el módulo ocupa {$bytes} bytes, por encima del límite de WebAssembly ({$limit} bytes)
    .label = en este módulo
    .hint = los motores rechazan un módulo de más de {$limit} bytes: divídalo en varios módulos

e0308 = la memoria `{$mem}` necesita {$needed} páginas para la pila sombra y los datos, por encima de su máximo de {$max} páginas
    .label = esta memoria
    .hint = la pila sombra (1 MiB por defecto, cuando alguna función tiene ranuras) y todos los elementos de datos se colocan en esta memoria al iniciarse el módulo: aumente su `max`, reduzca los datos o elija un tamaño de pila menor

e0309 = `{$item}` tiene enteros de 128 bits, que wasm no tiene
    .label = `i128` aquí
    .hint = la pasada `legalize-i128` divide cada `i128` en dos `i64` antes de la emisión; `wirc` la ejecuta en todos los niveles `-O`, así que quien llame al emisor sin pasar por el optimizador debe ejecutar antes `wasmir_opt::legalize_i128::run`

e0310 = `{$item}` todavía tiene información de propiedad, que el emisor no conoce
    .label = propiedad aquí
    .hint = la pasada `strip-ownership` borra las clases de propiedad, los préstamos y los `drop` antes de la emisión; `wirc` la ejecuta en primer lugar en todos los niveles `-O`, así que quien llame al emisor sin pasar por el optimizador debe ejecutar antes `wasmir_opt::strip_ownership::run`
