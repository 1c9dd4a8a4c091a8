# Mensajes de sintaxis (es). Un mensaje por código; véase crates/wasmir-syntax/src/diag/mod.rs.
# E00xx: análisis léxico y sintáctico (crate::lexer, crate::parse). E01xx: resolución de nombres (crate::resolve).

e0001 = carácter inesperado `{$char}`
    .label = ningún token empieza con este carácter
    .hint = los nombres con otros caracteres se escriben entre comillas, como en `@"core::fmt"`; los comentarios empiezan con `;`
e0002 = `{$found}` inesperado; se esperaba uno de: {$expected}
    .label = inesperado aquí
    .hint = la gramática de cada construcción está en el capítulo del formato de texto (especificación §2.2)
e0003 = fin de archivo inesperado; se esperaba uno de: {$expected}
    .label = el archivo termina aquí
    .hint = puede que el archivo esté truncado o que falte un `{"}"}` de cierre
e0004 = cadena sin terminar
    .label = no hay `"` de cierre en esta línea
    .hint = cierre la cadena con `"`; un salto de línea dentro de una cadena se escribe `\n`
e0005 = `{$word}` es una palabra reservada
    .label = reservada para una versión futura de WasmIR
    .hint = las palabras reservadas (especificación §9) no pueden usarse como operadores ni como palabras clave en la versión 0.1; ponga entre comillas un nombre que la necesite, como en `%"{$word}"`
e0006 = secuencia de escape no válida `{$escape}`
    .label = secuencia de escape desconocida
    .hint = las cadenas y los nombres entre comillas aceptan `\\`, `\"`, `\n`, `\t` y `\u{"{"}HEX{"}"}` con un valor escalar Unicode
e0007 = nombre mal formado `{$name}`
    .label = no es ni un identificador ni un número
    .hint = después de `%` y `^` escriba un identificador (`[A-Za-z_][A-Za-z0-9_.$]*`) o dígitos, y después de `@` un identificador; ponga entre comillas cualquier otro nombre, como en `%"3x"`

e0100 = falta la cabecera `wasmir`
    .label = el módulo debería empezar aquí
    .hint = empiece el archivo con la línea `wasmir {$supported}` (especificación §8)
e0101 = versión de WasmIR no admitida: {$found}
    .label = este compilador lee la versión {$supported}
    .hint = este compilador lee las versiones {$major}.0 a {$supported}; reescriba el módulo para una de ellas o use una cadena de herramientas que lea la {$found}
e0102 = versión mal formada `{$found}`
    .label = se esperaba `MAJOR.MINOR`
    .hint = escriba la cabecera como `wasmir {$supported}`
e0103 = operador desconocido `{$op}`
    .label = no es un operador
    .hint = { $suggestion ->
        [none] los operadores se enumeran en la especificación §4; el nombre de un operador empieza por su tipo, como en `i32.add`
       *[other] ¿quiso decir `{$suggestion}`?
    }
e0104 = valor desconocido `{$name}`
    .label = no hay ningún valor con este nombre en `{$func}`
    .hint = defínalo como parámetro de bloque o como resultado de una instrucción de esta función; los valores son locales a su función
e0105 = bloque desconocido `{$name}`
    .label = no hay ningún bloque con esta etiqueta en `{$func}`
    .hint = un salto apunta a un bloque de su propia función; compruebe cómo está escrita la etiqueta
e0106 = función desconocida `{$name}`
    .label = no hay ninguna función con este nombre en el módulo
    .hint = defínala con `fn {$name}(...)` o declárela con `import "module" "field" fn {$name}(...)`
e0107 = el valor `{$name}` está definido dos veces
    .label = definido de nuevo aquí
    .first = definido por primera vez aquí
    .hint = cada valor de una función tiene su propio nombre; renombre uno de ellos
e0108 = el bloque `{$name}` está definido dos veces
    .label = definido de nuevo aquí
    .first = definido por primera vez aquí
    .hint = cada bloque de una función tiene su propia etiqueta; renombre uno de ellos
e0109 = la función `{$name}` está definida dos veces
    .label = definida de nuevo aquí
    .first = definida por primera vez aquí
    .hint = las importaciones y las funciones comparten un único espacio de nombres; renombre una de ellas
e0110 = el literal `{$literal}` está fuera del rango de `{$ty}`
    .label = no cabe en `{$ty}`
    .hint = { $kind ->
        [payload] la carga útil de un NaN de `{$ty}` está entre {$min} y {$max}; `nan` a secas es el NaN canónico
        [float] un `{$ty}` finito está entre {$min} y {$max}; escriba `inf` o `-inf` para los infinitos
       *[other] `{$ty}` acepta enteros de {$min} a {$max} (su rango con signo o sin signo)
    }
e0111 = número incorrecto de resultados para `{$inst}`: se esperaba {$expected}, se encontró {$found}
    .label = {$found} escrito(s) aquí
    .hint = escriba un nombre por resultado antes de `=`, y ningún `=` en una instrucción sin resultados (terminadores, `trapz`, `trapnz`, llamadas a funciones que no devuelven nada)
e0112 = literal flotante `{$literal}` para el tipo entero `{$ty}`
    .label = un literal flotante
    .hint = escriba un entero, o use una constante flotante y una conversión como `{$ty}.trunc_f64_s`

e0113 = `{$name}` desconocido
    .label = no hay ninguna memoria, global, tabla, tipo ni elemento de datos con este nombre
    .hint = declárelo a nivel de módulo, como en `memory {$name} 1` o `global {$name}: i32 = 0` (especificación §12)
e0114 = `{$name}` está definido dos veces
    .label = definido de nuevo aquí
    .first = definido por primera vez aquí
    .hint = las memorias, las globales, las tablas, los tipos y los elementos de datos comparten un único espacio de nombres `$`; renombre uno de ellos
e0115 = `{$name}` es un `{$found}`, no un `{$expected}`
    .label = aquí se esperaba un `{$expected}`
    .hint = esta posición nombra un `{$expected}`; compruebe el orden de los inmediatos, que está fijado por el formato del operador
e0116 = inmediatos incorrectos para `{$op}`
    .label = {$problem ->
        [missing] faltan inmediatos
        [unexpected] no admite inmediatos
        [duplicate] escrito dos veces
        [unknown] inmediato desconocido
       *[other] no se esperaba aquí
    }
    .hint = `{$op}` se escribe `{$form}` (especificación §2.3)
e0117 = ranura desconocida `{$name}`
    .label = no hay ninguna ranura con este nombre en `{$func}`
    .hint = declárela antes del primer bloque, como en `slot {$name}: 8 align 4`
e0118 = la ranura `{$name}` está definida dos veces
    .label = definida de nuevo aquí
    .first = definida por primera vez aquí
    .hint = cada ranura de una función tiene su propio nombre; renombre una de ellas
e0119 = cadena de bytes mal formada `{$text}`
    .label = no son pares de dígitos hexadecimales
    .hint = escriba dos dígitos hexadecimales por byte, como en `x"00ff"`
e0120 = {$imported ->
        [yes] una global importada no tiene valor inicial
       *[no] la global `{$name}` necesita un valor inicial
    }
    .label = {$imported ->
        [yes] el anfitrión proporciona el valor
       *[no] falta `=` con un valor
    }
    .hint = {$imported ->
        [yes] elimine `= ...`; el anfitrión proporciona el valor al instanciar el módulo
       *[no] escriba su valor después de `=`, como en `global {$name}: i32 = 0`
    }
e0121 = ubicación de instrucción sin archivo
    .label = aquí no hay archivo, y la función no tiene `loc`
    .hint = indique el archivo, como en `loc "src/lib.rs" 12:5`, o dé a la función un `loc "file" line:col`
