Vuelve el festival Luces de Invierno del 5 al 8 de diciembre
En su décima edición, el festival Luces de Invierno iluminará el casco histórico durante cuatro noches.
Veintidós artistas de nueve países presentarán sus instalaciones de luz en las fachadas y los jardines.
El año pasado, el festival atrajo a 180.000 visitantes.
Este año, un recorrido de 3 kilómetros unirá los distintos espacios y la entrada será gratuita.
Para limitar las aglomeraciones, algunas calles se cerrarán al tráfico de 17:00 a 24:00.
Se recomienda a los visitantes llegar a pie, en bicicleta o en transporte público.
Más información en la oficina de turismo.
