Una clínica móvil llega a los pueblos aislados del valle del Alto Verde
12/06/2025
Esta semana, una clínica móvil de Salud Abierta empezó a recorrer once pueblos del valle del Alto Verde, donde el hospital más cercano está a cuatro horas en coche para la mayoría de sus 6.300 habitantes.
La clínica, un camión acondicionado, lleva a bordo un médico, dos enfermeras y un pequeño laboratorio.
Pasará por cada pueblo dos veces al mes.
«Muchos de nuestros pacientes nunca se habían tomado la tensión», explica la doctora Inés Barrera, responsable del equipo.
«Ahora podemos tratarlos antes de que un problema se convierta en una urgencia».
Las consultas son gratuitas.
El proyecto está financiado durante tres años por la Fundación Monteluz.
Compartir: Facebook | X | WhatsApp
